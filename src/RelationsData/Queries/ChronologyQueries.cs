using System;
using System.Collections.Generic;
using System.Linq;

namespace RelationsData;

/// <summary>Timelines: facts of any kinds in date order, and grouped by year or decade.</summary>
public static class ChronologyQueries
{
    /// <summary>
    /// Orders facts on one timeline: by the first day of their <see cref="Fact.Extent"/>, then its last day (open ends
    /// last), then kind (treaties, memberships, events, eras, corridors, scenarios, statistics), then id (ordinal).
    /// Undated facts come last. Equal dates therefore always come out in the same order.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, of one kind or mixed.</param>
    /// <returns>The facts in chronological order.</returns>
    public static IOrderedEnumerable<T> InChronologicalOrder<T>(this IEnumerable<T> facts)
        where T : Fact => facts
            .OrderBy(f => f.Extent?.FirstDayNumber ?? int.MaxValue)
            .ThenBy(f => f.Extent?.LastDayNumber ?? int.MaxValue)
            .ThenBy(KindOrder)
            .ThenBy(f => f.Id, StringComparer.Ordinal);

    /// <summary>Groups dated facts by the year their extent starts, in chronological order; undated facts are left out.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <returns>One group per year that has facts, keyed by the year, each in chronological order.</returns>
    public static IEnumerable<IGrouping<int, T>> GroupByYear<T>(this IEnumerable<T> facts)
        where T : Fact => facts.Where(f => f.Extent is not null).InChronologicalOrder().GroupBy(f => f.Extent!.Value.FirstDay.Year);

    /// <summary>Groups dated facts by the decade their extent starts in, keyed by its first year (1990 for the 1990s); undated facts are left out.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <returns>One group per decade that has facts, in chronological order.</returns>
    public static IEnumerable<IGrouping<int, T>> GroupByDecade<T>(this IEnumerable<T> facts)
        where T : Fact => facts.Where(f => f.Extent is not null).InChronologicalOrder().GroupBy(f => f.Extent!.Value.FirstDay.Year / 10 * 10);

    private static int KindOrder(Fact fact) => fact switch
    {
        Treaty => 0,
        Membership => 1,
        Event => 2,
        Era => 3,
        Corridor => 4,
        Scenario => 5,
        _ => 6,
    };
}
