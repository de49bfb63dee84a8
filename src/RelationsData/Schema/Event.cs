using System.Collections.Immutable;

namespace RelationsData;

/// <summary>Something that happened on a date or over a span, with its kind, tone and actors.</summary>
public sealed partial record Event : Fact
{
    /// <summary>Gets when it happened: a single partial date or a span.</summary>
    [Chronology]
    [Documented]
    [Extent]
    public required DateRange When { get; init; }

    /// <summary>Gets what kind of event it is.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>
    /// Gets its tone for Azerbaijan–Russia relations on a scale from -10 (the most conflictual) to +10 (the most cooperative),
    /// in the spirit of the Goldstein scale; 0 is neutral.
    /// </summary>
    [ValueRange(-10, 10)]
    public required int Tone { get; init; }

    /// <summary>Gets the ids of the actors who acted.</summary>
    [References(typeof(Actor))]
    [MinCount(1)]
    [Involves(ActorRole.Initiator)]
    public required ImmutableArray<string> Initiators { get; init; }

    /// <summary>Gets the ids of the actors acted upon, if any.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Target)]
    public ImmutableArray<string> Targets { get; init; } = [];

    /// <summary>Gets where it happened, or null.</summary>
    public string? Location { get; init; }
}
