using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace RelationsData;

/// <summary>
/// Date queries over facts, by each fact's <see cref="Fact.Extent"/>: the days it covers. A partial date counts as every
/// day it could mean and an open end as every later day, so "1997" is active on 1997-06-15, overlaps June 1997, and is
/// not within June 1997. Undated facts never match. Both ends of every interval are inclusive.
/// </summary>
/// <remarks>
/// <para>
/// Every form (a <see cref="DateInterval"/>, two <see cref="LocalDate"/>s, a <see cref="YearMonth"/>, a year) works on any
/// sequence of facts, with the same results in the same order (the source's own). On an <see cref="ImmutableArray{T}"/>,
/// and on a table's <c>All</c> (a <see cref="RecordTable{T}"/>), also when passed as an <see cref="IEnumerable{T}"/>, it
/// uses an index: it visits O(k log n) facts at worst for k results, then reads them back in the source's order from a
/// bit set. A table's index comes from the days the generator stored with it, so it builds only the records it returns;
/// an array's is built on its first query. On any other sequence it is the plain LINQ filter given in each method's
/// docs. Every query is deferred: nothing runs until the result is enumerated.
/// </para>
/// <para>
/// <b>Overlap</b> (<c>Overlapping</c>) means the fact shares at least one day with the range.
/// <b>Containment</b> (<c>Within</c>) means every day of the fact lies inside the range; an open-ended fact is never within.
/// <b>Point in time</b> (<c>ActiveOn</c>) is overlap with a single day: what was in force, held or under way that day.
/// </para>
/// <para>
/// Dates are in the ISO calendar. A <see cref="LocalDate"/> in another calendar is an <see cref="ArgumentException"/>,
/// as it is for NodaTime's own comparisons; convert it with <see cref="LocalDate.WithCalendar"/> first.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var members = Memberships.All.ActiveOn(new LocalDate(1998, 6, 1));      // memberships that held on that day
/// var nineties = Treaties.All.Within(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31));
/// var of2023 = Events.All.Overlapping(2023);                              // events under way at some point in 2023
/// </code>
/// </example>
public static class DateQueries
{
    /// <summary>Returns the facts active on a day: <c>facts.Where(f => f.Extent?.Contains(date) == true)</c>, using the array's index.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>Memberships.All</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>The facts whose extent covers <paramref name="date"/>, in the array's order.</returns>
    public static IEnumerable<T> ActiveOn<T>(this ImmutableArray<T> facts, LocalDate date)
        where T : Fact
    {
        var day = DayNumber.Of(date, nameof(date));
        return FactIndex<T>.Overlapping(new IndexedFacts<T>(facts), day, day);
    }

    /// <summary>Returns the facts active on a day: <c>facts.Where(f => f.Extent?.Contains(date) == true)</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="date">The day.</param>
    /// <returns>The facts whose extent covers <paramref name="date"/>, in the source's order.</returns>
    public static IEnumerable<T> ActiveOn<T>(this IEnumerable<T> facts, LocalDate date)
        where T : Fact
    {
        var day = DayNumber.Of(date, nameof(date));
        return IndexedFacts<T>.TryFrom(facts, out var indexed) ? FactIndex<T>.Overlapping(indexed, day, day) : Scanning(facts, date);
    }

    /// <summary>Counts the facts active on a day in O(log n), without allocating: the count of <see cref="ActiveOn{T}(ImmutableArray{T}, LocalDate)"/>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>Memberships.All</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>How many facts' extents cover <paramref name="date"/>.</returns>
    public static int CountActiveOn<T>(this ImmutableArray<T> facts, LocalDate date)
        where T : Fact => FactIndex<T>.CountCovering(new IndexedFacts<T>(facts), DayNumber.Of(date, nameof(date)));

    /// <summary>
    /// Counts the facts active on a day: <c>facts.Count(f => f.Extent?.Contains(date) == true)</c>. On a table's <c>All</c>
    /// or an immutable array it takes O(log n) and allocates nothing; on any other sequence it is that LINQ count.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>Memberships.All</c>.</param>
    /// <param name="date">The day.</param>
    /// <returns>How many facts' extents cover <paramref name="date"/>.</returns>
    public static int CountActiveOn<T>(this IEnumerable<T> facts, LocalDate date)
        where T : Fact
    {
        var day = DayNumber.Of(date, nameof(date));
        return IndexedFacts<T>.TryFrom(facts, out var indexed) ? FactIndex<T>.CountCovering(indexed, day) : CountScanning(facts, date);
    }

    // The scans stand apart, so that the indexed paths do not allocate their lambdas' closures.
    private static int CountScanning<T>(IEnumerable<T> facts, LocalDate date)
        where T : Fact => facts.Count(f => f.Extent?.Contains(date) == true);

    private static IEnumerable<T> Scanning<T>(IEnumerable<T> facts, LocalDate date)
        where T : Fact => facts.Where(f => f.Extent?.Contains(date) == true);

    private static IEnumerable<T> Scanning<T>(IEnumerable<T> facts, DateInterval interval, bool contained)
        where T : Fact => contained ? facts.Where(f => f.Extent?.IsWithin(interval) == true) : facts.Where(f => f.Extent?.Overlaps(interval) == true);

    /// <summary>Returns the facts that share at least one day with an interval: <c>facts.Where(f => f.Extent?.Overlaps(interval) == true)</c>, using the array's index.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns>The overlapping facts, in the array's order.</returns>
    public static IEnumerable<T> Overlapping<T>(this ImmutableArray<T> facts, DateInterval interval)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Indexed(new IndexedFacts<T>(facts), interval, FactIndex<T>.Overlapping);
    }

    /// <summary>Returns the facts that share at least one day with the days from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The overlapping facts, in the array's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IEnumerable<T> Overlapping<T>(this ImmutableArray<T> facts, LocalDate start, LocalDate end)
        where T : Fact => facts.Overlapping(QueryRange.Between(start, end));

    /// <summary>Returns the facts that share at least one day with a month.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="month">The month.</param>
    /// <returns>The overlapping facts, in the array's order.</returns>
    public static IEnumerable<T> Overlapping<T>(this ImmutableArray<T> facts, YearMonth month)
        where T : Fact => facts.Overlapping(month.ToDateInterval());

    /// <summary>Returns the facts that share at least one day with a calendar year.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>The overlapping facts, in the array's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static IEnumerable<T> Overlapping<T>(this ImmutableArray<T> facts, int year)
        where T : Fact => facts.Overlapping(QueryRange.Year(year));

    /// <summary>Returns the facts that share at least one day with an interval: <c>facts.Where(f => f.Extent?.Overlaps(interval) == true)</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns>The overlapping facts, in the source's order.</returns>
    public static IEnumerable<T> Overlapping<T>(this IEnumerable<T> facts, DateInterval interval)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(interval);
        return IndexedFacts<T>.TryFrom(facts, out var indexed) ? Indexed(indexed, interval, FactIndex<T>.Overlapping) : Scanning(facts, interval, contained: false);
    }

    /// <summary>Returns the facts that share at least one day with the days from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>RelationsDataset.Facts.OfType&lt;Event&gt;()</c>.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The overlapping facts, in the source's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IEnumerable<T> Overlapping<T>(this IEnumerable<T> facts, LocalDate start, LocalDate end)
        where T : Fact => facts.Overlapping(QueryRange.Between(start, end));

    /// <summary>Returns the facts that share at least one day with a month.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="month">The month.</param>
    /// <returns>The overlapping facts, in the source's order.</returns>
    public static IEnumerable<T> Overlapping<T>(this IEnumerable<T> facts, YearMonth month)
        where T : Fact => facts.Overlapping(month.ToDateInterval());

    /// <summary>Returns the facts that share at least one day with a calendar year.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, such as <c>Events.All.InDimensions(Dimensions.Security)</c>.</param>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>The overlapping facts, in the source's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static IEnumerable<T> Overlapping<T>(this IEnumerable<T> facts, int year)
        where T : Fact => facts.Overlapping(QueryRange.Year(year));

    /// <summary>Returns the facts whose every day lies in an interval: <c>facts.Where(f => f.Extent?.IsWithin(interval) == true)</c>, using the array's index.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns>The contained facts, in the array's order. Open-ended facts are never contained.</returns>
    public static IEnumerable<T> Within<T>(this ImmutableArray<T> facts, DateInterval interval)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Indexed(new IndexedFacts<T>(facts), interval, FactIndex<T>.Within);
    }

    /// <summary>Returns the facts whose every day lies from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The contained facts, in the array's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IEnumerable<T> Within<T>(this ImmutableArray<T> facts, LocalDate start, LocalDate end)
        where T : Fact => facts.Within(QueryRange.Between(start, end));

    /// <summary>Returns the facts whose every day lies in a month.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="month">The month.</param>
    /// <returns>The contained facts, in the array's order.</returns>
    public static IEnumerable<T> Within<T>(this ImmutableArray<T> facts, YearMonth month)
        where T : Fact => facts.Within(month.ToDateInterval());

    /// <summary>Returns the facts whose every day lies in a calendar year.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>The contained facts, in the array's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static IEnumerable<T> Within<T>(this ImmutableArray<T> facts, int year)
        where T : Fact => facts.Within(QueryRange.Year(year));

    /// <summary>Returns the facts whose every day lies in an interval: <c>facts.Where(f => f.Extent?.IsWithin(interval) == true)</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns>The contained facts, in the source's order.</returns>
    public static IEnumerable<T> Within<T>(this IEnumerable<T> facts, DateInterval interval)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(interval);
        return IndexedFacts<T>.TryFrom(facts, out var indexed) ? Indexed(indexed, interval, FactIndex<T>.Within) : Scanning(facts, interval, contained: true);
    }

    /// <summary>Returns the facts whose every day lies from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The contained facts, in the source's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static IEnumerable<T> Within<T>(this IEnumerable<T> facts, LocalDate start, LocalDate end)
        where T : Fact => facts.Within(QueryRange.Between(start, end));

    /// <summary>Returns the facts whose every day lies in a month.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="month">The month.</param>
    /// <returns>The contained facts, in the source's order.</returns>
    public static IEnumerable<T> Within<T>(this IEnumerable<T> facts, YearMonth month)
        where T : Fact => facts.Within(month.ToDateInterval());

    /// <summary>Returns the facts whose every day lies in a calendar year.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>The contained facts, in the source's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static IEnumerable<T> Within<T>(this IEnumerable<T> facts, int year)
        where T : Fact => facts.Within(QueryRange.Year(year));

    /// <summary>Runs an interval query on an index when the result is enumerated; the interval is checked now.</summary>
    private static IEnumerable<T> Indexed<T>(IndexedFacts<T> facts, DateInterval interval, Func<IndexedFacts<T>, int, int, IEnumerable<T>> query)
        where T : Fact => query(facts, DayNumber.Of(interval.Start, nameof(interval)), DayNumber.Of(interval.End, nameof(interval)));
}
