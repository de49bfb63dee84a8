using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace RelationsData;

/// <summary>
/// A calendar date known to the precision its sources support: a year (1997), a month (2024-04) or a day (2020-11-09),
/// optionally marked approximate.
/// </summary>
/// <remarks>
/// <para>
/// A partial date stands for every day it could mean: "1997" covers 1997-01-01 to 1997-12-31, and
/// <see cref="ToDateInterval"/> returns that interval. Queries treat a partial date as that interval.
/// </para>
/// <para>
/// The text form is the Extended Date/Time Format (ISO 8601-2) subset <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>,
/// with a trailing <c>~</c> for an approximate date. Dates use the ISO calendar.
/// </para>
/// <para>
/// Ordering (<see cref="CompareTo"/>) is by the first day covered, then coarser precision first, then exact before
/// approximate, so "1997" &lt; "1997-01" &lt; "1997-01-01". Equality compares year, month, day, precision and the approximate flag.
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short year;
    private readonly byte month;
    private readonly byte day;
    private readonly bool isApproximate;

    /// <summary>Initializes a partial date known to the year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public PartialDate(int year)
        : this(year, 0, 0, false)
    {
    }

    /// <summary>Initializes a partial date known to the month.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, month, 0, false)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Months run from 1 to 12.");
        }
    }

    /// <summary>Initializes a partial date known to the day.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <param name="day">The day, valid for the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist in the ISO calendar.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month, day, false)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Months run from 1 to 12.");
        }

        if (day < 1 || day > PartialDateText.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        }
    }

    private PartialDate(int year, int month, int day, bool isApproximate)
    {
        if (year is < PartialDateText.MinYear or > PartialDateText.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Years run from 1 to 9999.");
        }

        this.year = (short)year;
        this.month = (byte)month;
        this.day = (byte)day;
        this.isApproximate = isApproximate;
    }

    /// <summary>Gets the year.</summary>
    public int Year => year;

    /// <summary>Gets the month (1 to 12), or null when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>Gets the day of the month, or null unless the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision => day != 0 ? DatePrecision.Day : month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets a value indicating whether the sources give this date only approximately ("around 1999").</summary>
    public bool IsApproximate => isApproximate;

    /// <summary>Gets the first day this date could mean, for instance 1997-01-01 for "1997".</summary>
    public LocalDate Start => new(year, month == 0 ? 1 : month, day == 0 ? 1 : day);

    /// <summary>Gets the last day this date could mean, for instance 1997-12-31 for "1997" and 2024-02-29 for "2024-02".</summary>
    public LocalDate End
    {
        get
        {
            var (lastMonth, lastDay) = PartialDateText.LastMonthAndDay(ToParts());
            return new LocalDate(year, lastMonth, lastDay);
        }
    }

    /// <summary>The <see cref="DayNumber"/> of <see cref="Start"/>, computed without NodaTime.</summary>
    internal int FirstDayNumber => PartialDateText.FirstDayNumber(ToParts());

    /// <summary>The <see cref="DayNumber"/> of <see cref="End"/>, computed without NodaTime.</summary>
    internal int LastDayNumber => PartialDateText.LastDayNumber(ToParts());

    /// <summary>Creates a partial date known to the day from a <see cref="LocalDate"/> in the ISO calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial date with <see cref="DatePrecision.Day"/>.</returns>
    public static PartialDate FromLocalDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Creates a partial date known to the month from a <see cref="YearMonth"/>.</summary>
    /// <param name="yearMonth">The year and month.</param>
    /// <returns>The partial date with <see cref="DatePrecision.Month"/>.</returns>
    public static PartialDate FromYearMonth(YearMonth yearMonth) => new(yearMonth.Year, yearMonth.Month);

    /// <summary>Returns a copy of this date marked as approximate.</summary>
    /// <returns>The same year, month and day with <see cref="IsApproximate"/> set.</returns>
    public PartialDate AsApproximate() => new(year, month, day, true);

    /// <summary>Returns every day this date could mean as an inclusive <see cref="DateInterval"/>.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>, both inclusive.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Parses the EDTF text form, such as "1997", "2024-04", "2020-11-09" or "1999~".</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not a valid partial date; the message says why.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date, out var error) ? date : throw new FormatException(error);
    }

    /// <summary>Tries to parse the EDTF text form, such as "1997", "2024-04", "2020-11-09" or "1999~".</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The parsed date, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a valid partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date) => TryParse(text, out date, out _);

    /// <summary>Returns the canonical EDTF text form, such as "1997", "2024-04", "2020-11-09" or "1999~".</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back to an equal value.</returns>
    public override string ToString() => PartialDateText.Format(ToParts());

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byKey = PartialDateText.SortKey(ToParts()).CompareTo(PartialDateText.SortKey(other.ToParts()));
        return byKey != 0 ? byKey : isApproximate.CompareTo(other.isApproximate);
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) =>
        year == other.year && month == other.month && day == other.day && isApproximate == other.isApproximate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(year, month, day, isApproximate);

    /// <summary>Compares two partial dates for equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when both have the same parts, precision and approximate flag.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two partial dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when the dates differ in any part, precision or the approximate flag.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Orders two partial dates as <see cref="CompareTo"/> does.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders two partial dates as <see cref="CompareTo"/> does.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders two partial dates as <see cref="CompareTo"/> does.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two partial dates as <see cref="CompareTo"/> does.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    internal static bool TryParse(string? text, out PartialDate date, out string? error)
    {
        date = default;
        if (text is null)
        {
            error = "The text is null.";
            return false;
        }

        if (!PartialDateText.TryParseDate(text, out var parts, out error))
        {
            return false;
        }

        date = FromParts(parts);
        return true;
    }

    internal static PartialDate FromParts(PartialDateParts parts) => new(parts.Year, parts.Month, parts.Day, parts.IsApproximate);

    internal PartialDateParts ToParts() => new(year, month, day, isApproximate);
}
