using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A figure about an actor, with its unit and the date it holds for.</summary>
public sealed record Statistic : Fact
{
    /// <summary>Gets the id of the actor the figure is about.</summary>
    [References(typeof(Actor))]
    public required string Subject { get; init; }

    /// <summary>Gets what is measured, such as "land border with Russia" or "population".</summary>
    public required string Measure { get; init; }

    /// <summary>Gets the value in <see cref="Unit"/>.</summary>
    [Documented]
    public required decimal Value { get; init; }

    /// <summary>Gets the unit, such as "km", "km²", "mi²" or "people".</summary>
    [Documented]
    public required string Unit { get; init; }

    /// <summary>Gets when the figure holds, or null when the source does not say.</summary>
    [Chronology]
    public PartialDate? AsOf { get; init; }

    /// <summary>Gets <see cref="AsOf"/> as a single-date range, or null when the source gives no date.</summary>
    public override DateRange? Extent => AsOf is { } date ? DateRange.Single(date) : null;

    /// <inheritdoc/>
    public override ImmutableArray<Involvement> Involvements => [new(Subject, ActorRole.Subject)];
}
