using System.Collections.Immutable;

namespace RelationsData;

/// <summary>An outlook for the relationship from a source, with its horizon, likelihood and triggers.</summary>
public sealed partial record Scenario : Fact
{
    /// <summary>Gets the span the outlook covers, such as 2025/2030.</summary>
    [Chronology]
    [Documented]
    [Extent]
    public required DateRange Horizon { get; init; }

    /// <summary>Gets how likely the source judges it.</summary>
    public required Likelihood Likelihood { get; init; }

    /// <summary>Gets the developments that would set it off, if any.</summary>
    public ImmutableArray<string> Triggers { get; init; } = [];

    /// <summary>Gets the ids of the actors the outlook is about, if any.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Subject)]
    public ImmutableArray<string> Actors { get; init; } = [];
}
