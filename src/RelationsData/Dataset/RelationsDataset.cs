using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace RelationsData;

/// <summary>The whole shipped dataset at once: every fact on one timeline, and every record by id.</summary>
/// <remarks>Everything here is built on first use and then shared; all members are safe to call from any thread.</remarks>
public static class RelationsDataset
{
    /// <summary>Gets the version of the dataset's content, which changes whenever a record is added, removed or corrected.</summary>
    public static string Version => typeof(RelationsDataset).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>
    /// Gets every fact of every kind in chronological order: by the first day of its <see cref="Fact.Extent"/>, then
    /// its last day (open ends last), then its kind (treaties, memberships, events, eras, corridors, scenarios,
    /// statistics), then its id (ordinal). Undated facts come last. The order is stable for equal dates.
    /// </summary>
    public static ImmutableArray<Fact> Facts => Holder.Facts;

    /// <summary>Gets every record: the sources, then the actors, then <see cref="Facts"/>.</summary>
    public static ImmutableArray<IRecord> Records => Holder.Records;

    /// <summary>Finds any record by id, whatever its kind.</summary>
    /// <param name="id">The record's id, such as "friendship-treaty-1997" or "azerbaijan".</param>
    /// <param name="record">The record, or null when no record has that id.</param>
    /// <returns>True when a record has that id.</returns>
    public static bool TryGetRecord(string id, [NotNullWhen(true)] out IRecord? record) => Holder.ById.TryGetValue(id, out record);

    /// <summary>Orders facts as <see cref="Facts"/> does.</summary>
    internal static IOrderedEnumerable<Fact> InChronologicalOrder(IEnumerable<Fact> facts) => facts
        .OrderBy(f => f.Extent is { } extent ? extent.FirstDay.ToDateOnly().DayNumber : int.MaxValue)
        .ThenBy(f => f.Extent?.LastDay is { } last ? last.ToDateOnly().DayNumber : int.MaxValue)
        .ThenBy(KindOrder)
        .ThenBy(f => f.Id, StringComparer.Ordinal);

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

    private static class Holder
    {
        internal static readonly ImmutableArray<Fact> Facts = InChronologicalOrder(
                Treaties.All.Cast<Fact>()
                    .Concat(Memberships.All)
                    .Concat(Events.All)
                    .Concat(Eras.All)
                    .Concat(Corridors.All)
                    .Concat(Scenarios.All)
                    .Concat(Statistics.All))
            .ToImmutableArray();

        internal static readonly ImmutableArray<IRecord> Records =
            Sources.All.Cast<IRecord>().Concat(Actors.All).Concat(Facts).ToImmutableArray();

        internal static readonly FrozenDictionary<string, IRecord> ById = Records.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

        // An explicit static constructor keeps the type from being initialised before its first use.
        static Holder()
        {
        }
    }
}
