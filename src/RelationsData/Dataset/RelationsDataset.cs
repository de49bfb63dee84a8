using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;

namespace RelationsData;

/// <summary>The whole shipped dataset at once: every fact on one timeline, and every record by id.</summary>
/// <remarks>Everything here is built on first use and then shared; all members are safe to call from any thread.</remarks>
public static class RelationsDataset
{
    /// <summary>Gets the package version the dataset shipped in, such as "0.1.0"; every change to a record ships in a new version.</summary>
    public static string Version { get; } = (typeof(RelationsDataset).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>
    /// Gets every fact of every kind on one timeline, ordered as <see cref="ChronologyQueries.InChronologicalOrder{T}"/>
    /// orders them: by first day, last day, kind and id; undated facts last.
    /// </summary>
    public static ImmutableArray<Fact> Facts => Holder.Facts;

    /// <summary>Gets every record: the sources, then the actors, then <see cref="Facts"/>.</summary>
    public static ImmutableArray<IRecord> Records => Holder.Records;

    /// <summary>Finds any record by id, whatever its kind.</summary>
    /// <param name="id">The record's id, such as "friendship-treaty-1997" or "azerbaijan".</param>
    /// <param name="record">The record, or null when no record has that id.</param>
    /// <returns>True when a record has that id.</returns>
    public static bool TryGetRecord(string id, [NotNullWhen(true)] out IRecord? record) => Holder.ById.TryGetValue(id, out record);

    /// <summary>Returns every fact that involves an actor, in any role, in the order of <see cref="Facts"/>.</summary>
    /// <param name="actorId">The actor's id, such as "socar".</param>
    /// <returns>The facts; empty when the actor takes part in none.</returns>
    public static IEnumerable<Fact> FactsInvolving(string actorId) => Facts.Involving(actorId);

    /// <summary>
    /// Returns the facts linked to a record through <see cref="Fact.Related"/> in either direction: those the record
    /// lists, and those that list it. For a treaty, that is the events and memberships that implement or follow from it.
    /// </summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The linked facts, in the order of <see cref="Facts"/>.</returns>
    public static ImmutableArray<Fact> RelatedFacts(string id) =>
        Holder.Related.TryGetValue(id, out var related) ? related : [];

    private static class Holder
    {
        internal static readonly ImmutableArray<Fact> Facts = Treaties.All.Cast<Fact>()
            .Concat(Memberships.All)
            .Concat(Events.All)
            .Concat(Eras.All)
            .Concat(Corridors.All)
            .Concat(Scenarios.All)
            .Concat(Statistics.All)
            .InChronologicalOrder()
            .ToImmutableArray();

        internal static readonly ImmutableArray<IRecord> Records =
            Sources.All.Cast<IRecord>().Concat(Actors.All).Concat(Facts).ToImmutableArray();

        internal static readonly FrozenDictionary<string, IRecord> ById = Records.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

        // Both directions of every Related link, so a treaty finds the events that name it.
        internal static readonly FrozenDictionary<string, ImmutableArray<Fact>> Related = Facts
            .SelectMany((fact, position) => fact.Related.SelectMany(other => new[] { (Key: fact.Id, Other: other), (Key: other, Other: fact.Id) }))
            .Distinct()
            .Where(link => ById.TryGetValue(link.Other, out var record) && record is Fact)
            .GroupBy(link => link.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => Facts.Where(f => group.Any(link => link.Other == f.Id)).ToImmutableArray(),
                StringComparer.Ordinal);

        // An explicit static constructor keeps the type from being initialised before its first use.
        static Holder()
        {
        }
    }
}
