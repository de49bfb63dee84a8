using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A pipeline, transport route or military installation that shapes the relationship.</summary>
public sealed record Corridor : Fact
{
    /// <summary>Gets what kind of infrastructure it is.</summary>
    public required CorridorKind Kind { get; init; }

    /// <summary>Gets when it operated, from opening to closure; open-ended while it operates; null when undated.</summary>
    [Chronology]
    [Documented]
    public DateRange? Span { get; init; }

    /// <summary>Gets the main points along the route, in order, such as "Baku", "Tbilisi", "Ceyhan".</summary>
    public ImmutableArray<string> Route { get; init; } = [];

    /// <summary>Gets the ids of the states it crosses or serves.</summary>
    [References(typeof(Actor))]
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>Gets the ids of the companies or states that operate or use it.</summary>
    [References(typeof(Actor))]
    public ImmutableArray<string> Operators { get; init; } = [];

    /// <summary>Gets its direction or axis, or null for an installation.</summary>
    public Direction? Direction { get; init; }

    /// <summary>Gets <see cref="Span"/>, when it operated.</summary>
    public override DateRange? Extent => Span;

    /// <inheritdoc/>
    public override ImmutableArray<Involvement> Involvements => Involve(Countries, ActorRole.Country).AddRange(Involve(Operators, ActorRole.Operator));
}
