// This file is compiled into both the library and the source generator (netstandard2.0),
// so that YAML validated at build time and text parsed at run time follow one grammar.
// It must not depend on NodaTime or on anything newer than C# 7.3 APIs on netstandard2.0.
namespace RelationsData;

/// <summary>The parts of a partial date read from text; <see cref="Month"/> and <see cref="Day"/> are 0 when absent.</summary>
internal readonly struct PartialDateParts
{
    public PartialDateParts(int year, int month, int day, bool isApproximate)
    {
        Year = year;
        Month = month;
        Day = day;
        IsApproximate = isApproximate;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public bool IsApproximate { get; }
}

/// <summary>The parts of a date range read from text; <see cref="End"/> is null when the range is open-ended.</summary>
internal readonly struct DateRangeParts
{
    public DateRangeParts(PartialDateParts start, PartialDateParts? end)
    {
        Start = start;
        End = end;
    }

    public PartialDateParts Start { get; }

    public PartialDateParts? End { get; }
}

/// <summary>
/// The text form of partial dates and ranges: a subset of the Extended Date/Time Format (ISO 8601-2, "EDTF").
/// A date is <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, optionally followed by <c>~</c> (approximate).
/// A range is a single date, <c>START/END</c>, or <c>START/..</c> for an open (ongoing) end.
/// </summary>
internal static class PartialDateText
{
    public const string DateForm = "YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for an approximate date";
    public const string RangeForm = "a date (" + DateForm + "), START/END, or START/.. for an open end";
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    /// <summary>Parses a partial date; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParseDate(string text, out PartialDateParts parts, out string? error)
    {
        parts = default;
        var s = text.Trim();
        var approximate = s.Length > 0 && s[s.Length - 1] == '~';
        if (approximate)
        {
            s = s.Substring(0, s.Length - 1);
        }

        var pieces = s.Split('-');
        if (pieces.Length > 3 || !IsDigits(pieces[0], 4) || (pieces.Length > 1 && !IsDigits(pieces[1], 2)) || (pieces.Length > 2 && !IsDigits(pieces[2], 2)))
        {
            error = "'" + text + "' is not a date; expected " + DateForm;
            return false;
        }

        var year = ToInt(pieces[0]);
        var month = pieces.Length > 1 ? ToInt(pieces[1]) : 0;
        var day = pieces.Length > 2 ? ToInt(pieces[2]) : 0;
        if (year < MinYear)
        {
            error = "'" + text + "' has year 0000; years run from 0001 to 9999";
            return false;
        }

        if (pieces.Length > 1 && (month < 1 || month > 12))
        {
            error = "'" + text + "' has month " + pieces[1] + "; months run from 01 to 12";
            return false;
        }

        if (pieces.Length > 2 && (day < 1 || day > DaysInMonth(year, month)))
        {
            error = "'" + text + "' does not exist: " + pieces[0] + "-" + pieces[1] + " has " + DaysInMonth(year, month).ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
            return false;
        }

        parts = new PartialDateParts(year, month, day, approximate);
        error = null;
        return true;
    }

    /// <summary>Parses a range; the end may be <c>..</c> (open). The order of start and end is not checked here.</summary>
    public static bool TryParseRange(string text, out DateRangeParts parts, out string? error)
    {
        parts = default;
        var slash = text.IndexOf('/');
        var startText = slash < 0 ? text : text.Substring(0, slash);
        if (!TryParseDate(startText, out var start, out error))
        {
            return false;
        }

        if (slash < 0)
        {
            parts = new DateRangeParts(start, start);
            return true;
        }

        var endText = text.Substring(slash + 1).Trim();
        if (endText == "..")
        {
            parts = new DateRangeParts(start, null);
            return true;
        }

        if (!TryParseDate(endText, out var end, out error))
        {
            return false;
        }

        parts = new DateRangeParts(start, end);
        return true;
    }

    /// <summary>Days in a month of the proleptic Gregorian (ISO) calendar.</summary>
    public static int DaysInMonth(int year, int month)
    {
        switch (month)
        {
            case 2:
                return IsLeapYear(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /// <summary>
    /// A key that orders by the first day a partial date can mean and, for equal first days, coarser precision first.
    /// For instance 1997 sorts before 1997-01, which sorts before 1997-01-01.
    /// </summary>
    public static long SortKey(PartialDateParts date)
    {
        var precision = date.Day != 0 ? 2 : date.Month != 0 ? 1 : 0;
        return (((long)date.Year * 100 + System.Math.Max(date.Month, 1)) * 100 + System.Math.Max(date.Day, 1)) * 10 + precision;
    }

    /// <summary>A key for the last day a partial date can mean, in the same scale as <see cref="SortKey"/> without the precision digit.</summary>
    public static long LastDayKey(PartialDateParts date)
    {
        var (month, day) = LastMonthAndDay(date);
        return ((long)date.Year * 100 + month) * 100 + day;
    }

    /// <summary>The day number (days since 0001-01-01, as <c>DateOnly.DayNumber</c>) of the first day a partial date can mean.</summary>
    public static int FirstDayNumber(PartialDateParts date) => DayNumber(date.Year, System.Math.Max(date.Month, 1), System.Math.Max(date.Day, 1));

    /// <summary>The day number of the last day a partial date can mean.</summary>
    public static int LastDayNumber(PartialDateParts date)
    {
        var (month, day) = LastMonthAndDay(date);
        return DayNumber(date.Year, month, day);
    }

    /// <summary>The day number of a valid proleptic Gregorian date (H. Hinnant's days-from-civil): days since 0001-01-01.</summary>
    public static int DayNumber(int year, int month, int day)
    {
        const int DaysFromYearOneToUnixEpoch = 719162;
        var shiftedYear = month <= 2 ? year - 1 : year;
        var era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400;
        var yearOfEra = shiftedYear - (era * 400);
        var dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468 + DaysFromYearOneToUnixEpoch;
    }

    /// <summary>The month and day of the last day a partial date can mean: 12-31 for a year, the month's last day for a month.</summary>
    public static (int Month, int Day) LastMonthAndDay(PartialDateParts date)
    {
        var month = date.Month == 0 ? 12 : date.Month;
        return (month, date.Day == 0 ? DaysInMonth(date.Year, month) : date.Day);
    }

    /// <summary>Formats parts back into their canonical text.</summary>
    public static string Format(PartialDateParts date)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var text = date.Year.ToString("D4", inv);
        if (date.Month != 0)
        {
            text += "-" + date.Month.ToString("D2", inv);
        }

        if (date.Day != 0)
        {
            text += "-" + date.Day.ToString("D2", inv);
        }

        return date.IsApproximate ? text + "~" : text;
    }

    /// <summary>The canonical text of a range, as <c>DateRange.ToString()</c> writes it: one date, START/END, or START/.. .</summary>
    public static string FormatRange(DateRangeParts range)
    {
        var start = Format(range.Start);
        if (range.End is not { } end)
        {
            return start + "/..";
        }

        var last = Format(end);
        return last == start ? start : start + "/" + last;
    }

    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    private static bool IsDigits(string s, int length)
    {
        if (s.Length != length)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int ToInt(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + (c - '0');
        }

        return value;
    }
}
