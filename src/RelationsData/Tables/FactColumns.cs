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
/// the last days in ascending order.
/// Generated tables store it as data; for any other array of facts it is read from the facts on their first query.
/// </summary>
/// <remarks>
/// Days are numbered as <see cref="DateOnly.DayNumber"/> does (0 is 0001-01-01); an open end is <see cref="int.MaxValue"/>,
/// and an undated record has -1 as both. The dimensions, actors and sorted last days are read on first need.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactColumns
{
    /// <summary>The first and last day of a record without an extent.</summary>
    public const int Undated = -1;

    private readonly Func<ImmutableArray<Dimensions>> readDimensions;
    private readonly Func<IEnumerable<KeyValuePair<string, ImmutableArray<int>>>> readActors;
    private readonly Func<ImmutableArray<int>> readClosedLastDays;
    private int[]? closedLastDays;
    private Dimensions[]? dimensions;
    private FrozenDictionary<string, int[]>? actors;

    /// <summary>Initializes the columns of a table.</summary>
    /// <param name="firstDays">Each record's first day, by position.</param>
    /// <param name="lastDays">Each record's last day, by position, at least its first day.</param>
    /// <param name="dimensions">Reads each record's dimensions, by position; called once, on first need.</param>
    /// <param name="actors">Reads, for each actor id, the positions of the records that involve it in ascending order; called once, on first need.</param>
    /// <param name="closedLastDays">Reads the last days of the records whose extent has an end, in ascending order; called once, on first need.</param>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    /// <exception cref="ArgumentException">The day columns are default or differ in length.</exception>
    public FactColumns(ImmutableArray<int> firstDays, ImmutableArray<int> lastDays, Func<ImmutableArray<Dimensions>> dimensions, Func<IEnumerable<KeyValuePair<string, ImmutableArray<int>>>> actors, Func<ImmutableArray<int>> closedLastDays)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(closedLastDays);
        if (firstDays.IsDefault || lastDays.IsDefault || firstDays.Length != lastDays.Length)
        {
            throw new ArgumentException("Every record needs a first and a last day.", nameof(lastDays));
        }

        // The arrays are shared, not copied: nothing here or in the queries writes to them.
        FirstDays = ImmutableCollectionsMarshal.AsArray(firstDays)!;
        LastDays = ImmutableCollectionsMarshal.AsArray(lastDays)!;
        readDimensions = dimensions;
        readActors = actors;
        readClosedLastDays = closedLastDays;
    }

    internal int[] FirstDays { get; }

    internal int[] LastDays { get; }

    // Read on first need; if two threads race, both read the same values and either may be kept.
    internal Dimensions[] Dimensions => dimensions ??= ImmutableCollectionsMarshal.AsArray(readDimensions())!;

    /// <summary>Gets the last days of the records with an end, ascending: what <c>CountActiveOn</c> searches.</summary>
    internal int[] ClosedLastDays => closedLastDays ??= ImmutableCollectionsMarshal.AsArray(readClosedLastDays())!;

    internal FrozenDictionary<string, int[]> Actors => actors ??= readActors().ToFrozenDictionary(p => p.Key, p => ImmutableCollectionsMarshal.AsArray(p.Value)!, StringComparer.Ordinal);

    /// <summary>Reads the columns from facts that are already built.</summary>
    internal static FactColumns Of<T>(IReadOnlyList<T> facts)
        where T : Fact
    {
        var (first, last) = (new int[facts.Count], new int[facts.Count]);
        for (var i = 0; i < facts.Count; i++)
        {
            (first[i], last[i]) = facts[i].Extent is { } range ? (range.FirstDayNumber, range.LastDayNumber) : (Undated, Undated);
        }

        return new FactColumns(
            ImmutableCollectionsMarshal.AsImmutableArray(first),
            ImmutableCollectionsMarshal.AsImmutableArray(last),
            () => DimensionsOf(facts),
            () => PositionsByActor(facts),
            () => Sorted(last.Where(day => day is not (Undated or int.MaxValue))));
    }

    private static ImmutableArray<int> Sorted(IEnumerable<int> days)
    {
        var sorted = days.ToArray();
        Array.Sort(sorted);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static ImmutableArray<Dimensions> DimensionsOf<T>(IReadOnlyList<T> facts)
        where T : Fact
    {
        var dimensions = new Dimensions[facts.Count];
        for (var i = 0; i < dimensions.Length; i++)
        {
            dimensions[i] = facts[i].Dimensions;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(dimensions);
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
            yield return KeyValuePair.Create(actor, ImmutableCollectionsMarshal.AsImmutableArray(list.ToArray()));
        }
    }
}
