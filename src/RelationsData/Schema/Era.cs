using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A period of the relationship, such as a presidency or a phase with a character of its own.</summary>
public sealed record Era : Fact
{
    /// <summary>Gets when the era lasted; open-ended if it continues.</summary>
    [Chronology]
    [Documented]
    public required DateRange Span { get; init; }

    /// <summary>Gets the ids of the states whose era it is: the state the period belongs to, and the other side where the era is one of the relationship.</summary>
    [References(typeof(Actor))]
    public ImmutableArray<string> States { get; init; } = [];

    /// <summary>Gets the ids of the leaders who defined the era, if any.</summary>
    [References(typeof(Actor))]
    public ImmutableArray<string> Leaders { get; init; } = [];

    /// <summary>Gets <see cref="Span"/>.</summary>
    public override DateRange? Extent => Span;

    /// <inheritdoc/>
    public override ImmutableArray<Involvement> Involvements => Involve(States, ActorRole.Country).AddRange(Involve(Leaders, ActorRole.Leader));
}
