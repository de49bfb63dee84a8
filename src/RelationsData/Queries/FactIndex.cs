using System;
using System.Collections.Generic;
using System.Numerics;

namespace RelationsData;

/// <summary>
/// The fast queries over one array of facts, answered from its <see cref="FactColumns"/>: the date queries search the
/// <see cref="ExtentIndex"/>, counting reads only its days in order (see <see cref="CountCovering"/>), and the dimension
/// and actor queries read the positions listed for each. Results come back in the array's own order, so they equal the
/// plain LINQ definitions exactly.
/// </summary>
internal sealed class FactIndex<T>
    where T : Fact
{
    private readonly IReadOnlyList<T> items;
    private readonly FactColumns columns;
    private PositionMarks? spareMarks;

    public FactIndex(IReadOnlyList<T> items, FactColumns columns)
    {
        this.items = items;
        this.columns = columns;
    }

    /// <summary>How many of <paramref name="facts"/> cover <paramref name="day"/>: those starting on or before it, less the closed ones that ended before it.</summary>
    public static int CountCovering(IndexedFacts<T> facts, int day)
    {
        // The days in order alone: counting walks no tree and builds no record.
        var extents = facts.Index.columns.Extents.Open();
        return extents.ClosedFirstDays.UpperBound(day) - extents.ClosedLastDaysAscending.LowerBound(day) + extents.OpenFirstDays.UpperBound(day);
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
        var extents = columns.Extents.Open();
        extents.MarkOverlappingClosed(0, extents.ClosedFirstDays.Length, from, to, marks);
        for (var k = 0; k < extents.OpenFirstDays.Length && extents.OpenFirstDays[k] <= to; k++)
        {
            marks.Mark(extents.OpenPositions[k]);
        }
    }

    private void MarkWithin(int from, int to, PositionMarks marks)
    {
        var extents = columns.Extents.Open();
        for (var k = extents.ClosedFirstDays.LowerBound(from); k < extents.ClosedFirstDays.Length && extents.ClosedFirstDays[k] <= to; k++)
        {
            if (extents.ClosedLastDays[k] <= to)
            {
                marks.Mark(extents.ClosedPositions[k]);
            }
        }
    }

    private void MarkDimensions(Func<Dimensions, bool> matches, PositionMarks marks)
    {
        foreach (var (dimensions, positions) in columns.Dimensions)
        {
            if (matches(dimensions))
            {
                Array.ForEach(positions, marks.Mark);
            }
        }
    }
}
