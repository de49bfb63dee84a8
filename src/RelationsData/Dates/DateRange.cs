using System;
using NodaTime;

namespace RelationsData;

/// <summary>
/// A span of time between two partial dates, or from a partial date onward when the end is open (still ongoing).
/// A single date is a range whose start and end are the same partial date.
/// </summary>
/// <remarks>
/// <para>
/// A range covers every day from the first day its start could mean to the last day its end could mean:
/// "1993/2003" covers 1993-01-01 to 2003-12-31. An open-ended range covers every day from its start onward.
/// </para>
/// <para>
/// The text form is EDTF (ISO 8601-2): "2020-11-09" (a single date), "1993/2003" (a closed range) or "1991/.." (open end).
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct DateRange : IEquatable<DateRange>
{
    private readonly PartialDate end;
    private readonly bool hasEnd;

    /// <summary>Initializes a range with a start and an end, which may be the same date.</summary>
    /// <param name="start">The first partial date of the range.</param>
    /// <param name="end">The last partial date of the range.</param>
    /// <exception cref="ArgumentException">The end can only mean days before the start.</exception>
    public DateRange(PartialDate start, PartialDate end)
    {
        if (end.LastDayNumber < start.FirstDayNumber)
        {
            throw new ArgumentException($"The end {end} is before the start {start}.", nameof(end));
        }

        Start = start;
        this.end = end;
        hasEnd = true;
    }

    private DateRange(PartialDate start)
    {
        Start = start;
        end = default;
        hasEnd = false;
    }

    /// <summary>Gets the first partial date of the range.</summary>
    public PartialDate Start { get; }

    /// <summary>Gets the last partial date of the range, or null when the range is open-ended (ongoing).</summary>
    public PartialDate? End => hasEnd ? end : null;

    /// <summary>Gets a value indicating whether the range has no end: what it describes is still ongoing.</summary>
    public bool IsOpenEnded => !hasEnd;

    /// <summary>Gets a value indicating whether the range is a single partial date (its start and end are equal).</summary>
    public bool IsSingleDate => hasEnd && end == Start;

    /// <summary>Gets the first day the range covers.</summary>
    public LocalDate FirstDay => Start.Start;

    /// <summary>Gets the last day the range covers, or null when the range is open-ended.</summary>
    public LocalDate? LastDay => hasEnd ? end.End : null;

    /// <summary>The <see cref="DayNumber"/> of <see cref="FirstDay"/>.</summary>
    internal int FirstDayNumber => Start.FirstDayNumber;

    /// <summary>The <see cref="DayNumber"/> of <see cref="LastDay"/>, or <see cref="DayNumber.OpenEnd"/> when the range is open-ended.</summary>
    internal int LastDayNumber => hasEnd ? end.LastDayNumber : DayNumber.OpenEnd;

    /// <summary>Creates a range for a single partial date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A range whose start and end are <paramref name="date"/>.</returns>
    public static DateRange Single(PartialDate date) => new(date, date);

    /// <summary>Creates an open-ended range: from <paramref name="start"/> onward, still ongoing.</summary>
    /// <param name="start">The first partial date.</param>
    /// <returns>A range with no end.</returns>
    public static DateRange From(PartialDate start) => new(start);

    /// <summary>Returns whether the range covers a day. Both ends are inclusive; an open end covers every later day.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns>True when <paramref name="date"/> lies between <see cref="FirstDay"/> and <see cref="LastDay"/> inclusive.</returns>
    public bool Contains(LocalDate date) => date >= FirstDay && (!hasEnd || date <= end.End);

    /// <summary>Returns whether the range shares at least one day with <paramref name="interval"/> (overlap, ends inclusive).</summary>
    /// <param name="interval">The interval to test.</param>
    /// <returns>True when the two share a day.</returns>
    public bool Overlaps(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return interval.End >= FirstDay && (!hasEnd || interval.Start <= end.End);
    }

    /// <summary>Returns whether every day of the range lies inside <paramref name="interval"/> (containment). An open-ended range is never inside a finite interval.</summary>
    /// <param name="interval">The interval to test.</param>
    /// <returns>True when the range is within the interval, ends inclusive.</returns>
    public bool IsWithin(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return hasEnd && FirstDay >= interval.Start && end.End <= interval.End;
    }

    /// <summary>Parses the EDTF text form: "2020-11-09", "1993/2003" or "1991/..".</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a valid range, or its end is before its start.</exception>
    public static DateRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!PartialDateText.TryParseRange(text, out var parts, out var error))
        {
            throw new FormatException(error);
        }

        var start = PartialDate.FromParts(parts.Start);
        if (parts.End is not { } endParts)
        {
            return From(start);
        }

        var last = PartialDate.FromParts(endParts);
        return last.LastDayNumber < start.FirstDayNumber ? throw new FormatException($"'{text}' ends before it starts.") : new DateRange(start, last);
    }

    /// <summary>Returns the EDTF text form: "2020-11-09", "1993/2003" or "1991/..".</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back to an equal value.</returns>
    public override string ToString() => !hasEnd ? $"{Start}/.." : IsSingleDate ? Start.ToString() : $"{Start}/{end}";

    /// <inheritdoc/>
    public bool Equals(DateRange other) => Start == other.Start && hasEnd == other.hasEnd && end == other.end;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, hasEnd, end);

    /// <summary>Compares two ranges for equality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when both have equal starts and ends.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Compares two ranges for inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when the starts or ends differ.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);
}
