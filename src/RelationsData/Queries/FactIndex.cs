using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace RelationsData;

/// <summary>
/// The indexes behind the fast queries over one array of facts, built once on its first query.
/// Dated facts are sorted by first day; an implicit balanced tree over that order keeps the latest last day of each
/// subtree, so a stabbing or overlap query visits O(log n + k) nodes. Counting uses two sorted arrays and allocates nothing.
/// Results are returned in the array's own order, so they equal the plain LINQ definition exactly.
/// </summary>
internal sealed class FactIndex<T>
    where T : Fact
{
    private const int OpenEnd = int.MaxValue;

    private readonly T[] items;
    private readonly int[] order;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly int[] maxEnds;
    private readonly int[] sortedEnds;
    private readonly FrozenDictionary<Dimensions, int[]> byDimensions;
    private readonly FrozenDictionary<string, int[]> byActor;

    public FactIndex(T[] items)
    {
        this.items = items;
        order = Enumerable.Range(0, items.Length)
            .Where(i => items[i].Extent is not null)
            .OrderBy(i => Start(items[i]))
            .ThenBy(i => End(items[i]))
            .ThenBy(i => i)
            .ToArray();
        starts = Array.ConvertAll(order, i => Start(items[i]));
        ends = Array.ConvertAll(order, i => End(items[i]));
        maxEnds = new int[order.Length];
        BuildMaxEnds(0, order.Length);
        sortedEnds = (int[])ends.Clone();
        Array.Sort(sortedEnds);
        byDimensions = Enumerable.Range(0, items.Length)
            .GroupBy(i => items[i].Dimensions)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        byActor = Enumerable.Range(0, items.Length)
            .SelectMany(i => items[i].Involvements.Select(involvement => (involvement.ActorId, Position: i)))
            .GroupBy(p => p.ActorId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Position).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>How many facts cover <paramref name="day"/>: those starting on or before it, less those that ended before it.</summary>
    public int CountCovering(int day) => UpperBound(starts, day) - LowerBound(sortedEnds, day);

    /// <summary>The facts that share a day with [from, to].</summary>
    public IEnumerable<T> Overlapping(int from, int to)
    {
        var positions = new List<int>();
        CollectOverlapping(0, order.Length, from, to, positions);
        return InArrayOrder(positions);
    }

    /// <summary>The facts whose every day lies in [from, to].</summary>
    public IEnumerable<T> Within(int from, int to)
    {
        var positions = new List<int>();
        for (var i = LowerBound(starts, from); i < starts.Length && starts[i] <= to; i++)
        {
            if (ends[i] <= to)
            {
                positions.Add(order[i]);
            }
        }

        return InArrayOrder(positions);
    }

    /// <summary>The facts whose dimensions satisfy <paramref name="matches"/>, read per distinct dimension set.</summary>
    public IEnumerable<T> WithDimensions(Func<Dimensions, bool> matches) =>
        InArrayOrder(byDimensions.Where(bucket => matches(bucket.Key)).SelectMany(bucket => bucket.Value).ToList());

    /// <summary>The facts that involve an actor in any role.</summary>
    public IEnumerable<T> Involving(string actorId) =>
        byActor.TryGetValue(actorId, out var positions) ? positions.Select(i => items[i]) : [];

    private IEnumerable<T> InArrayOrder(List<int> positions)
    {
        positions.Sort();
        foreach (var position in positions)
        {
            yield return items[position];
        }
    }

    private void CollectOverlapping(int low, int high, int from, int to, List<int> positions)
    {
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (maxEnds[middle] < from)
            {
                return;
            }

            CollectOverlapping(low, middle, from, to, positions);
            if (starts[middle] > to)
            {
                return;
            }

            if (ends[middle] >= from)
            {
                positions.Add(order[middle]);
            }

            low = middle + 1;
        }
    }

    private int BuildMaxEnds(int low, int high)
    {
        if (low >= high)
        {
            return int.MinValue;
        }

        var middle = low + ((high - low) / 2);
        var max = Math.Max(ends[middle], Math.Max(BuildMaxEnds(low, middle), BuildMaxEnds(middle + 1, high)));
        maxEnds[middle] = max;
        return max;
    }

    private static int Start(T fact) => DayNumber.Of(fact.Extent!.Value.FirstDay);

    private static int End(T fact) => fact.Extent!.Value.LastDay is { } last ? DayNumber.Of(last) : OpenEnd;

    /// <summary>The number of values less than <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The number of values less than or equal to <paramref name="value"/>.</summary>
    private static int UpperBound(int[] sorted, int value) => value == int.MaxValue ? sorted.Length : LowerBound(sorted, value + 1);
}
