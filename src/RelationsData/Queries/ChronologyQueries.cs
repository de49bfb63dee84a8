using System;
using System.Collections.Generic;
using System.Linq;

namespace RelationsData;

/// <summary>Timelines: facts of any kinds in date order, and grouped by year or decade.</summary>
public static class ChronologyQueries
{
    /// <summary>
    /// Orders facts on one timeline: by the first day of their <see cref="Fact.Extent"/>, then its last day (open ends
    /// last), then kind (in the order the shipped dataset declares its tables: treaties, memberships, events, eras,
    /// corridors, scenarios, statistics; kinds of your own after them, by type name), then id (ordinal). Undated facts come
    /// last. Equal dates therefore always come out in the same order.
    /// </summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, of one kind or mixed.</param>
    /// <returns>The facts in chronological order.</returns>
    /// <remarks>A dataset of your own orders its <see cref="Dataset.Facts"/> by its own tables' order instead.</remarks>
    public static IOrderedEnumerable<T> InChronologicalOrder<T>(this IEnumerable<T> facts)
        where T : Fact => facts.OnTimelineOf(RelationsDataset.Dataset);

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

    /// <summary>Orders facts as <see cref="InChronologicalOrder{T}"/> does, with kinds in the order of <paramref name="dataset"/>'s tables.</summary>
    internal static IOrderedEnumerable<T> OnTimelineOf<T>(this IEnumerable<T> facts, Dataset dataset)
        where T : Fact => facts
            .OrderBy(f => f.Extent?.FirstDayNumber ?? int.MaxValue)
            .ThenBy(f => f.Extent?.LastDayNumber ?? int.MaxValue)
            .ThenBy(f => dataset.KindOrder(f.GetType()))
            .ThenBy(f => f.GetType().FullName, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal);
}
