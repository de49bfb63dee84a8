using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace RelationsData;

/// <summary>
/// The indexes behind the fast queries over one array of facts, built on its first query.
/// Facts with a last day are sorted by first day, with an implicit balanced tree that keeps the latest last day of each
/// subtree, so an overlap or point query visits O(k log n) of them at worst for k results. Open-ended facts are kept apart, sorted by first day:
/// in the tree they would make every subtree that holds one look as if it reached forever.
/// Counting reads only the columns of days in order (see <see cref="CountCovering"/>); dimension lists are built on the first such query.
/// Results come back in the array's own order, so they equal the plain LINQ definitions exactly.
/// </summary>
internal sealed class FactIndex<T>
    where T : Fact
{
    private readonly IReadOnlyList<T> items;
    private readonly FactColumns columns;
    private Intervals? intervals;
    private KeyValuePair<Dimensions, int[]>[]? byDimensions;
    private PositionMarks? spareMarks;

    public FactIndex(IReadOnlyList<T> items, FactColumns columns)
    {
        this.items = items;
        this.columns = columns;
    }

    /// <summary>How many of <paramref name="facts"/> cover <paramref name="day"/>: those starting on or before it, less the closed ones that ended before it.</summary>
    public static int CountCovering(IndexedFacts<T> facts, int day)
    {
        // The days in order alone: counting builds neither the interval tree nor any record.
        var columns = facts.Index.columns;
        return UpperBound(columns.ClosedFirstDays, day) - LowerBound(columns.ClosedLastDays, day) + UpperBound(columns.OpenFirstDays, day);
    }

    /// <summary>The facts of <paramref name="facts"/> that share a day with [<paramref name="from"/>, <paramref name="to"/>], in array order.</summary>
    public static IEnumerable<T> Overlapping(IndexedFacts<T> facts, int from, int to) =>
        Marked(facts, (index, marks) => index.MarkOverlapping(from, to, marks));

    /// <summary>The facts of <paramref name="facts"/> whose every day lies in [<paramref name="from"/>, <paramref name="to"/>], in array order.</summary>
    public static IEnumerable<T> Within(IndexedFacts<T> facts, int from, int to) =>
        Marked(facts, (index, marks) => index.MarkWithin(from, to, marks));

    /// <summary>The facts of <paramref name="facts"/> whose dimensions satisfy <paramref name="matches"/>, in array order.</summary>
    public static IEnumerable<T> WithDimensions(IndexedFacts<T> facts, Func<Dimensions, bool> matches) =>
        Marked(facts, (index, marks) => index.MarkDimensions(matches, marks));

    /// <summary>The facts of <paramref name="facts"/> that involve an actor in any role, in array order.</summary>
    public static IEnumerable<T> Involving(IndexedFacts<T> facts, string actorId)
    {
        var index = facts.Index;
        if (index.columns.Actors.TryGetValue(actorId, out var positions))
        {
            foreach (var position in positions)
            {
                yield return index.items[position];
            }
        }
    }

    /// <summary>
    /// Yields the facts whose positions <paramref name="mark"/> marks, in array order. The index is found, or built, on the
    /// first <c>MoveNext</c>, so every query stays lazy.
    /// </summary>
    private static IEnumerable<T> Marked(IndexedFacts<T> facts, Action<FactIndex<T>, PositionMarks> mark)
    {
        var index = facts.Index;
        var marks = PositionMarks.Take(ref index.spareMarks, index.items.Count);
        var word = 0;
        try
        {
            mark(index, marks);
            for (word = marks.FirstMarkedWord; word < marks.EndMarkedWord; word++)
            {
                for (var bits = marks.TakeWord(word); bits != 0; bits &= bits - 1)
                {
                    yield return index.items[(word << 6) + BitOperations.TrailingZeroCount(bits)];
                }
            }
        }
        finally
        {
            marks.Release(ref index.spareMarks, word);
        }
    }

    private void MarkOverlapping(int from, int to, PositionMarks marks)
    {
        var tree = intervals ??= new Intervals(columns);
        tree.MarkOverlappingClosed(0, tree.ClosedStarts.Length, from, to, marks);
        for (var k = 0; k < tree.OpenStarts.Length && tree.OpenStarts[k] <= to; k++)
        {
            marks.Mark(tree.OpenPositions[k]);
        }
    }

    private void MarkWithin(int from, int to, PositionMarks marks)
    {
        var tree = intervals ??= new Intervals(columns);
        for (var k = LowerBound(tree.ClosedStarts, from); k < tree.ClosedStarts.Length && tree.ClosedStarts[k] <= to; k++)
        {
            if (tree.ClosedEnds[k] <= to)
            {
                marks.Mark(tree.ClosedPositions[k]);
            }
        }
    }

    private void MarkDimensions(Func<Dimensions, bool> matches, PositionMarks marks)
    {
        foreach (var (dimensions, positions) in byDimensions ?? GroupByDimensions())
        {
            if (matches(dimensions))
            {
                Array.ForEach(positions, marks.Mark);
            }
        }
    }

    // Built on first need; if two threads race, both build the same value and either may be kept.
    private KeyValuePair<Dimensions, int[]>[] GroupByDimensions() => byDimensions =
        Enumerable.Range(0, items.Count)
            .GroupBy(i => columns.Dimensions[i])
            .Select(group => KeyValuePair.Create(group.Key, group.ToArray()))
            .ToArray();

    /// <summary>
    /// The interval tree over the facts with an end, and the open-ended facts apart: built on the first overlap or
    /// containment query, from the columns; if two threads race, both build the same and either may be kept.
    /// </summary>
    private sealed class Intervals
    {
        // Runs once per table over every fact: compiled optimised at once rather than first at tier 0.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Intervals(FactColumns columns)
        {
            var (starts, ends) = (columns.FirstDays, columns.LastDays);
            var closedCount = 0;
            var openCount = 0;
            for (var i = 0; i < ends.Length; i++)
            {
                closedCount += ends[i] is not (FactColumns.Undated or DayNumber.OpenEnd) ? 1 : 0;
                openCount += ends[i] == DayNumber.OpenEnd ? 1 : 0;
            }

            (ClosedPositions, ClosedStarts, ClosedEnds) = (new int[closedCount], new int[closedCount], new int[closedCount]);
            (OpenPositions, OpenStarts) = (new int[openCount], new int[openCount]);
            (closedCount, openCount) = (0, 0);
            for (var i = 0; i < ends.Length; i++)
            {
                if (ends[i] == DayNumber.OpenEnd)
                {
                    (OpenPositions[openCount], OpenStarts[openCount++]) = (i, starts[i]);
                }
                else if (ends[i] != FactColumns.Undated)
                {
                    (ClosedPositions[closedCount], ClosedStarts[closedCount++]) = (i, starts[i]);
                }
            }

            // Generated tables are already in chronological order, so the sorts usually have nothing to do.
            SortByStart(ClosedStarts, ClosedPositions);
            SortByStart(OpenStarts, OpenPositions);
            for (var k = 0; k < closedCount; k++)
            {
                ClosedEnds[k] = ends[ClosedPositions[k]];
            }

            MaxEnds = new int[closedCount];
            BuildMaxEnds(0, closedCount);
        }

        public int[] ClosedPositions { get; }

        public int[] ClosedStarts { get; }

        public int[] ClosedEnds { get; }

        /// <summary>Gets, at each middle of the implicit balanced tree, the latest last day of its subtree.</summary>
        public int[] MaxEnds { get; }

        public int[] OpenPositions { get; }

        public int[] OpenStarts { get; }

        public void MarkOverlappingClosed(int low, int high, int from, int to, PositionMarks marks)
        {
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (MaxEnds[middle] < from)
                {
                    return;
                }

                MarkOverlappingClosed(low, middle, from, to, marks);
                if (ClosedStarts[middle] > to)
                {
                    return;
                }

                if (ClosedEnds[middle] >= from)
                {
                    marks.Mark(ClosedPositions[middle]);
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
            var max = Math.Max(ClosedEnds[middle], Math.Max(BuildMaxEnds(low, middle), BuildMaxEnds(middle + 1, high)));
            MaxEnds[middle] = max;
            return max;
        }

        private static void SortByStart(int[] starts, int[] positions)
        {
            for (var k = 1; k < starts.Length; k++)
            {
                if (starts[k] < starts[k - 1])
                {
                    Array.Sort(starts, positions);
                    return;
                }
            }
        }
    }

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
