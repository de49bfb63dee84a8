namespace RelationsData;

/// <summary>A figure about an actor, with its unit and the date it holds for.</summary>
public sealed partial record Statistic : Fact
{
    /// <summary>Gets the id of the actor the figure is about.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Subject)]
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
    [Extent]
    public PartialDate? AsOf { get; init; }
}
