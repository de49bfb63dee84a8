using System;
using NodaTime;

namespace RelationsData;

/// <summary>
/// Days since 0001-01-01 in the ISO calendar (the numbering of <see cref="DateOnly.DayNumber"/>), so that dates compare
/// as integers. Computed from year, month and day: NodaTime's <c>CalendarSystem</c>, which comparing or converting a
/// <see cref="LocalDate"/> touches, costs about 9 ms to initialise, more than loading a table and answering its first query.
/// </summary>
internal static class DayNumber
{
    /// <summary>The last day of an open-ended range: later than any date.</summary>
    public const int OpenEnd = int.MaxValue;

    /// <summary>The day number of an ISO <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is in another calendar, which NodaTime would not compare with ISO dates either.</exception>
    public static int Of(LocalDate date, string paramName)
    {
        int year = date.Year, month = date.Month, day = date.Day;

        // Equality compares the packed fields and calendar, so it tells an ISO date apart without loading CalendarSystem.
        var isIso = year is >= -9998 and <= 9999 && month <= 12 && day <= PartialDateText.DaysInMonth(year, month) && date == new LocalDate(year, month, day);
        return isIso
            ? PartialDateText.DayNumber(year, month, day)
            : throw new ArgumentException($"Queries compare ISO dates; convert {date} with WithCalendar(CalendarSystem.Iso) first.", paramName);
    }
}
