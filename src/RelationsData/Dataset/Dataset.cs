using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;

namespace RelationsData;

/// <summary>
/// A whole dataset at once, the shipped one or your own: every fact on one timeline, every record by id, the links
/// between facts, and the date the data is current to. The source generator builds one per assembly from the tables it
/// compiled (<c>RelationsData.Generated.&lt;assembly name&gt;.DatasetRegistry.Dataset</c>); the shipped one is
/// <see cref="RelationsDataset.Dataset"/>.
/// </summary>
/// <remarks>
/// <para>
/// A table joins the dataset when its record type implements <see cref="IRecord"/>; its records are facts on the timeline
/// when the type derives from <see cref="Fact"/>. Records load on first use of a member that needs them, and are then shared;
/// every member is safe to call from any thread.
/// </para>
/// </remarks>
public sealed class Dataset
{
    private readonly FrozenDictionary<Type, int> kindOrder;
    private readonly Lazy<ImmutableArray<Fact>> facts;
    private readonly Lazy<ImmutableArray<IRecord>> records;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Fact>>> related;

    /// <summary>Initializes a dataset; generated registries call this, once per assembly.</summary>
    /// <param name="asOf">The date to which the data is current, from the assembly's <see cref="DatasetAsOfAttribute"/>; null when it declares none.</param>
    /// <param name="kinds">The tables, in the order they are declared.</param>
    /// <exception cref="ArgumentException">Two kinds have the same name or record type.</exception>
    public Dataset(LocalDate? asOf, ImmutableArray<DatasetKind> kinds)
    {
        AsOf = asOf;
        Kinds = kinds.IsDefault ? [] : kinds;
        kindOrder = Kinds.Select((kind, position) => KeyValuePair.Create(kind.RecordType, position)).ToFrozenDictionary();
        if (kindOrder.Count != Kinds.Length || Kinds.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Kinds.Length)
        {
            throw new ArgumentException("Every kind needs a name and a record type of its own.", nameof(kinds));
        }

        facts = new(() => Kinds.Where(IsFactKind).SelectMany(k => k.Records.Cast<Fact>()).OnTimelineOf(this).ToImmutableArray());
        records = new(() => Kinds.Where(k => !IsFactKind(k)).SelectMany(k => k.Records).Concat(Facts).ToImmutableArray());
        related = new(LinkRelated);
    }

    /// <summary>
    /// Gets the date to which the data is current: a fact whose extent has no end is ongoing as of this day. Null when the
    /// assembly declares no <see cref="DatasetAsOfAttribute"/>.
    /// </summary>
    public LocalDate? AsOf { get; }

    /// <summary>Gets the tables, in the order they are declared: the order of the exports, and of facts that tie on dates.</summary>
    public ImmutableArray<DatasetKind> Kinds { get; }

    /// <summary>
    /// Gets every fact of every kind on one timeline: by first day, last day (open ends last), kind (in the order of
    /// <see cref="Kinds"/>) and id (ordinal); undated facts last.
    /// </summary>
    public ImmutableArray<Fact> Facts => facts.Value;

    /// <summary>Gets every record: those of kinds that are not facts (such as sources and actors), kind by kind, then <see cref="Facts"/>.</summary>
    public ImmutableArray<IRecord> Records => records.Value;

    /// <summary>Finds a kind by name, ignoring case.</summary>
    /// <param name="name">The kind's name, such as "treaties".</param>
    /// <param name="kind">The kind, or null when none has that name.</param>
    /// <returns>True when a kind has that name.</returns>
    public bool TryGetKind(string name, [NotNullWhen(true)] out DatasetKind? kind)
    {
        kind = Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        return kind is not null;
    }

    /// <summary>Finds any record by id, whatever its kind, asking each kind in turn; a generated table builds only that record.</summary>
    /// <param name="id">The record's id (ordinal comparison).</param>
    /// <param name="record">The record, or null when no record has that id.</param>
    /// <returns>True when a record has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetRecord(string id, [NotNullWhen(true)] out IRecord? record)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var kind in Kinds)
        {
            if (kind.Find(id) is { } found)
            {
                record = found;
                return true;
            }
        }

        record = null;
        return false;
    }

    /// <summary>Returns every fact that involves an actor, in any role, in the order of <see cref="Facts"/>.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The facts; empty when the actor takes part in none.</returns>
    public IEnumerable<Fact> FactsInvolving(string actorId) => Facts.Involving(actorId);

    /// <summary>
    /// Returns the facts linked to a record through <see cref="Fact.Related"/> in either direction: those the record
    /// lists, and those that list it.
    /// </summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The linked facts, in the order of <see cref="Facts"/>.</returns>
    public ImmutableArray<Fact> RelatedFacts(string id) => related.Value.TryGetValue(id, out var linked) ? linked : [];

    /// <summary>Returns where a record type's kind comes in <see cref="Kinds"/>, or <see cref="int.MaxValue"/> for a type no kind holds.</summary>
    internal int KindOrder(Type recordType) => kindOrder.TryGetValue(recordType, out var position) ? position : int.MaxValue;

    private static bool IsFactKind(DatasetKind kind) => typeof(Fact).IsAssignableFrom(kind.RecordType);

    // Both directions of every Related link, so a treaty finds the events that name it. Timeline positions keep each
    // list in timeline order without scanning every fact for every key.
    private FrozenDictionary<string, ImmutableArray<Fact>> LinkRelated()
    {
        var position = new Dictionary<string, int>(Facts.Length, StringComparer.Ordinal);
        for (var i = 0; i < Facts.Length; i++)
        {
            position[Facts[i].Id] = i;
        }

        return Facts
            .SelectMany(fact => fact.Related.SelectMany(other => new[] { (Key: fact.Id, Other: other), (Key: other, Other: fact.Id) }))
            .Distinct()
            .Where(link => position.ContainsKey(link.Other))
            .GroupBy(link => link.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.Select(link => position[link.Other]).Order().Select(i => Facts[i]).ToImmutableArray(),
                StringComparer.Ordinal);
    }
}
