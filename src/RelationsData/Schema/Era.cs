using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A period of the relationship, such as a presidency or a phase with a character of its own.</summary>
public sealed partial record Era : Fact
{
    /// <summary>Gets when the era lasted; open-ended if it continues.</summary>
    [Chronology]
    [Documented]
    [Extent]
    public required DateRange Span { get; init; }

    /// <summary>Gets the ids of the states whose era it is: the state the period belongs to, and the other side where the era is one of the relationship.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Country)]
    public ImmutableArray<string> States { get; init; } = [];

    /// <summary>Gets the ids of the leaders who defined the era, if any.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Leader)]
    public ImmutableArray<string> Leaders { get; init; } = [];
}
