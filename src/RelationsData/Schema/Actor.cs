using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A participant in the relationship: a state, an organisation, a person, a company, a media outlet, a mission or a region.</summary>
public sealed record Actor : IRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the actor's usual English name.</summary>
    [Documented]
    public required string Name { get; init; }

    /// <summary>Gets what kind of actor this is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Gets other names and abbreviations, such as "CSTO" or "SOCAR".</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Gets the id of the state a person, company, outlet or region belongs to, or null.</summary>
    [References(typeof(Actor))]
    public string? Country { get; init; }

    /// <summary>Gets a short description written for this dataset, or null.</summary>
    [Documented]
    public string? Summary { get; init; }

    /// <summary>Gets the actor's Wikidata item id, such as "Q227", or null.</summary>
    public string? Wikidata { get; init; }

    /// <summary>Gets the sources that name the actor; there is always at least one.</summary>
    [MinCount(1)]
    public required ImmutableArray<Citation> Citations { get; init; }
}
