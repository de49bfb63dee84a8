using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A pipeline, transport route or military installation that shapes the relationship.</summary>
public sealed partial record Corridor : Fact
{
    /// <summary>Gets what kind of infrastructure it is.</summary>
    public required CorridorKind Kind { get; init; }

    /// <summary>Gets when it operated, from opening to closure; open-ended while it operates; null when undated.</summary>
    [Chronology]
    [Documented]
    [Extent]
    public DateRange? Span { get; init; }

    /// <summary>Gets the main points along the route, in order, such as "Baku", "Tbilisi", "Ceyhan".</summary>
    public ImmutableArray<string> Route { get; init; } = [];

    /// <summary>Gets the ids of the states it crosses or serves.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Country)]
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>Gets the ids of the companies or states that operate or use it.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Operator)]
    public ImmutableArray<string> Operators { get; init; } = [];

    /// <summary>Gets its direction or axis, or null for an installation.</summary>
    public Direction? Direction { get; init; }
}
