using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using NodaTime;
using RelationsData.Generated.RelationsData;

namespace RelationsData;

/// <summary>The whole shipped dataset at once: every fact on one timeline, and every record by id.</summary>
/// <remarks>
/// Every member reads <see cref="Dataset"/>, which the source generator builds from the tables declared in this assembly.
/// Everything here is built on first use and then shared; all members are safe to call from any thread.
/// </remarks>
public static class RelationsDataset
{
    /// <summary>Gets the package version the dataset shipped in, such as "0.1.0"; every change to a record ships in a new version.</summary>
    public static string Version { get; } = (typeof(RelationsDataset).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Gets the shipped dataset as a <see cref="RelationsData.Dataset"/>, the shape a dataset of your own also has.</summary>
    public static Dataset Dataset => DatasetRegistry.Dataset;

    /// <summary>
    /// Gets the date to which the shipped data is current, 31 December 2025: a treaty in force, a membership or a corridor
    /// with no end is ongoing as of this day, and nothing later is recorded.
    /// </summary>
    public static LocalDate AsOf => Dataset.AsOf!.Value;

    /// <summary>
    /// Gets every fact of every kind on one timeline, ordered as <see cref="ChronologyQueries.InChronologicalOrder{T}"/>
    /// orders them: by first day, last day, kind and id; undated facts last.
    /// </summary>
    public static ImmutableArray<Fact> Facts => Dataset.Facts;

    /// <summary>Gets every record: the sources, then the actors, then <see cref="Facts"/>.</summary>
    public static ImmutableArray<IRecord> Records => Dataset.Records;

    /// <summary>Finds any record by id, whatever its kind.</summary>
    /// <param name="id">The record's id, such as "friendship-treaty-1997" or "azerbaijan".</param>
    /// <param name="record">The record, or null when no record has that id.</param>
    /// <returns>True when a record has that id.</returns>
    public static bool TryGetRecord(string id, [NotNullWhen(true)] out IRecord? record) => Dataset.TryGetRecord(id, out record);

    /// <summary>Returns every fact that involves an actor, in any role, in the order of <see cref="Facts"/>.</summary>
    /// <param name="actorId">The actor's id, such as "socar".</param>
    /// <returns>The facts; empty when the actor takes part in none.</returns>
    public static IEnumerable<Fact> FactsInvolving(string actorId) => Dataset.FactsInvolving(actorId);

    /// <summary>
    /// Returns the facts linked to a record through <see cref="Fact.Related"/> in either direction: those the record
    /// lists, and those that list it. For a treaty, that is the events and memberships that implement or follow from it.
    /// </summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The linked facts, in the order of <see cref="Facts"/>.</returns>
    public static ImmutableArray<Fact> RelatedFacts(string id) => Dataset.RelatedFacts(id);
}
