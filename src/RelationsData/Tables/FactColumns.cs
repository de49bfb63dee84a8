using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using System.Runtime.InteropServices;

namespace RelationsData;

/// <summary>
/// What the fact queries need of a table, position by position, without its records: the first and last day of each
/// record's <see cref="Fact.Extent"/>, its <see cref="Fact.Dimensions"/>, the positions of each actor's records, and
/// the first and last days in ascending order.
/// Generated tables store it as data; for any other array of facts it is read from the facts on their first query.
/// </summary>
/// <remarks>
/// Days are numbered as <see cref="DateOnly.DayNumber"/> does (0 is 0001-01-01); an open end is <see cref="int.MaxValue"/>,
/// and an undated record has -1 as both. Each part is read on its first need: counting reads only the days in order.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactColumns
{
    /// <summary>The first and last day of a record without an extent.</summary>
    public const int Undated = -1;

    private readonly Func<(ImmutableArray<int> FirstDays, ImmutableArray<int> LastDays, ImmutableArray<Dimensions> Dimensions)> readExtents;
    private readonly Func<IEnumerable<KeyValuePair<string, ImmutableArray<int>>>> readActors;
    private readonly Func<(ImmutableArray<int> ClosedFirstDays, ImmutableArray<int> OpenFirstDays, ImmutableArray<int> ClosedLastDays)> readDayOrders;
    private Extents? extents;
    private DayOrders? dayOrders;
    private FrozenDictionary<string, int[]>? actors;

    /// <summary>Initializes the columns of a table; each part is read on its first need, once.</summary>
    /// <param name="extents">Reads each record's first day, last day and dimensions, by position; the three of equal length.</param>
    /// <param name="actors">Reads, for each actor id, the positions of the records that involve it, in ascending order.</param>
    /// <param name="dayOrders">
    /// Reads, each in ascending order: the first days of the records whose extent has an end, the first days of the
    /// open-ended ones, and the last days of those with an end. Counting needs only these.
    /// </param>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public FactColumns(
        Func<(ImmutableArray<int> FirstDays, ImmutableArray<int> LastDays, ImmutableArray<Dimensions> Dimensions)> extents,
        Func<IEnumerable<KeyValuePair<string, ImmutableArray<int>>>> actors,
        Func<(ImmutableArray<int> ClosedFirstDays, ImmutableArray<int> OpenFirstDays, ImmutableArray<int> ClosedLastDays)> dayOrders)
    {
        ArgumentNullException.ThrowIfNull(extents);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(dayOrders);
        readExtents = extents;
        readActors = actors;
        readDayOrders = dayOrders;
    }

    // Read on first need; if two threads race, both read the same values and either may be kept. The arrays are
    // shared, not copied: nothing here or in the queries writes to them.
    internal int[] FirstDays => ReadExtents().First;

    internal int[] LastDays => ReadExtents().Last;

    internal Dimensions[] Dimensions => ReadExtents().Dimensions;

    internal int[] ClosedFirstDays => ReadDayOrders().ClosedFirst;

    internal int[] OpenFirstDays => ReadDayOrders().OpenFirst;

    internal int[] ClosedLastDays => ReadDayOrders().ClosedLast;

    internal FrozenDictionary<string, int[]> Actors => actors ??= readActors().ToFrozenDictionary(p => p.Key, p => Array(p.Value), StringComparer.Ordinal);

    /// <summary>Reads the columns from facts that are already built.</summary>
    internal static FactColumns Of<T>(IReadOnlyList<T> facts)
        where T : Fact
    {
        var (first, last, dimensions) = (new int[facts.Count], new int[facts.Count], new Dimensions[facts.Count]);
        for (var i = 0; i < facts.Count; i++)
        {
            (first[i], last[i]) = facts[i].Extent is { } range ? (range.FirstDayNumber, range.LastDayNumber) : (Undated, Undated);
            dimensions[i] = facts[i].Dimensions;
        }

        var closed = Enumerable.Range(0, first.Length).Where(i => last[i] is not (Undated or int.MaxValue)).ToList();
        var open = Enumerable.Range(0, first.Length).Where(i => last[i] == int.MaxValue);
        return new FactColumns(
            () => (Immutable(first), Immutable(last), Immutable(dimensions)),
            () => PositionsByActor(facts),
            () => (Sorted(closed.Select(i => first[i])), Sorted(open.Select(i => first[i])), Sorted(closed.Select(i => last[i]))));
    }

    private static ImmutableArray<TItem> Immutable<TItem>(TItem[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);

    private static TItem[] Array<TItem>(ImmutableArray<TItem> items) => ImmutableCollectionsMarshal.AsArray(items) ?? [];

    private static ImmutableArray<int> Sorted(IEnumerable<int> days)
    {
        var sorted = days.ToArray();
        System.Array.Sort(sorted);
        return Immutable(sorted);
    }

    private Extents ReadExtents()
    {
        if (extents is { } read)
        {
            return read;
        }

        var (first, last, dimensions) = readExtents();
        if (first.Length != last.Length || first.Length != dimensions.Length)
        {
            throw new InvalidOperationException("The stored columns differ in length.");
        }

        return extents = new Extents(Array(first), Array(last), Array(dimensions));
    }

    private DayOrders ReadDayOrders()
    {
        if (dayOrders is { } read)
        {
            return read;
        }

        var (closedFirst, openFirst, closedLast) = readDayOrders();
        return dayOrders = new DayOrders(Array(closedFirst), Array(openFirst), Array(closedLast));
    }

    private static IEnumerable<KeyValuePair<string, ImmutableArray<int>>> PositionsByActor<T>(IReadOnlyList<T> facts)
        where T : Fact
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            foreach (var involvement in facts[i].Involvements)
            {
                if (!positions.TryGetValue(involvement.ActorId, out var list))
                {
                    positions.Add(involvement.ActorId, list = []);
                }

                // An actor in two roles of one fact is listed once.
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        foreach (var (actor, list) in positions)
        {
            yield return KeyValuePair.Create(actor, Immutable(list.ToArray()));
        }
    }

    // Each read in one piece, so a thread sees all of its arrays or none.
    private sealed record Extents(int[] First, int[] Last, Dimensions[] Dimensions);

    private sealed record DayOrders(int[] ClosedFirst, int[] OpenFirst, int[] ClosedLast);
}
