using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using System.Runtime.InteropServices;

namespace RelationsData;

/// <summary>
/// What the fact queries need of a table, without its records: the positions of the records of each combination of
/// <see cref="Fact.Dimensions"/>, the positions of each actor's records, and the extents sorted as the date queries
/// search them (<see cref="ExtentIndex"/>).
/// Generated tables store it as data; for any other array of facts it is read from the facts on their first query.
/// </summary>
/// <remarks>Each part is read on its first need, once: a date query reads neither the dimensions nor the actors.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactColumns
{
    /// <summary>The first and last day of a record without an extent, as <see cref="ExtentIndex"/> is given them.</summary>
    internal const int Undated = -1;

    private readonly Func<IEnumerable<KeyValuePair<Dimensions, ImmutableArray<int>>>> readDimensions;
    private readonly Func<IEnumerable<KeyValuePair<string, ImmutableArray<int>>>> readActors;
    private readonly Func<ExtentIndex> readExtents;
    private KeyValuePair<Dimensions, int[]>[]? dimensions;
    private FrozenDictionary<string, int[]>? actors;
    private ExtentIndex? extents;

    /// <summary>Initializes the columns of a table; each part is read on its first need, once.</summary>
    /// <param name="dimensions">Reads, for each combination of dimensions that records have, their positions in ascending order.</param>
    /// <param name="actors">Reads, for each actor id, the positions of the records that involve it, in ascending order.</param>
    /// <param name="extents">Reads the records' extents, sorted as the date queries search them.</param>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public FactColumns(
        Func<IEnumerable<KeyValuePair<Dimensions, ImmutableArray<int>>>> dimensions,
        Func<IEnumerable<KeyValuePair<string, ImmutableArray<int>>>> actors,
        Func<ExtentIndex> extents)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(extents);
        readDimensions = dimensions;
        readActors = actors;
        readExtents = extents;
    }

    // Read on first need; if two threads race, both read the same values and either may be kept. The arrays are
    // shared, not copied: nothing here or in the queries writes to them.
    internal KeyValuePair<Dimensions, int[]>[] Dimensions => dimensions ??= readDimensions().Select(p => KeyValuePair.Create(p.Key, Array(p.Value))).ToArray();

    internal FrozenDictionary<string, int[]> Actors => actors ??= readActors().ToFrozenDictionary(p => p.Key, p => Array(p.Value), StringComparer.Ordinal);

    internal ExtentIndex Extents => extents ??= readExtents();

    /// <summary>Reads the columns from facts that are already built.</summary>
    internal static FactColumns Of<T>(IReadOnlyList<T> facts)
        where T : Fact
    {
        return new FactColumns(() => PositionsByDimensions(facts), () => PositionsByActor(facts), () => ExtentsOf(facts));
    }

    private static ExtentIndex ExtentsOf<T>(IReadOnlyList<T> facts)
        where T : Fact
    {
        var (first, last) = (new int[facts.Count], new int[facts.Count]);
        for (var i = 0; i < facts.Count; i++)
        {
            (first[i], last[i]) = facts[i].Extent is { } range ? (range.FirstDayNumber, range.LastDayNumber) : (Undated, Undated);
        }

        return ExtentIndex.Of(first, last);
    }

    private static IEnumerable<KeyValuePair<Dimensions, ImmutableArray<int>>> PositionsByDimensions<T>(IReadOnlyList<T> facts)
        where T : Fact =>
        Enumerable.Range(0, facts.Count)
            .GroupBy(i => facts[i].Dimensions)
            .Select(group => KeyValuePair.Create(group.Key, ImmutableCollectionsMarshal.AsImmutableArray(group.ToArray())));

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
            yield return KeyValuePair.Create(actor, ImmutableCollectionsMarshal.AsImmutableArray(list.ToArray()));
        }
    }

    private static TItem[] Array<TItem>(ImmutableArray<TItem> items) => ImmutableCollectionsMarshal.AsArray(items) ?? [];
}
