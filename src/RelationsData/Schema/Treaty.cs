using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A treaty, agreement, declaration, statement, memorandum, convention, programme or lease, with its parties and obligations.</summary>
public sealed record Treaty : Fact
{
    /// <summary>Gets the form of the instrument.</summary>
    public required TreatyKind Kind { get; init; }

    /// <summary>Gets the ids of the parties (actors); at least one.</summary>
    [References(typeof(Actor))]
    [MinCount(1)]
    public required ImmutableArray<string> Parties { get; init; }

    /// <summary>Gets when it was signed or adopted, at the precision the sources support.</summary>
    [Chronology]
    [Documented]
    public required PartialDate Signed { get; init; }

    /// <summary>Gets when it was in force: from entry into force to its end, open-ended while still in force; null when unknown.</summary>
    public DateRange? InForce { get; init; }

    /// <summary>Gets where it stands today.</summary>
    public required TreatyStatus Status { get; init; }

    /// <summary>Gets what it commits the parties to.</summary>
    public Obligations Obligations { get; init; }

    /// <summary>Gets when the treaty was in force (<see cref="InForce"/>) or, when that is unknown, the day it was signed.</summary>
    /// <remarks>So "treaties active on a date" means "in force on that date" wherever the sources say when that was.</remarks>
    public override DateRange? Extent => InForce ?? DateRange.Single(Signed);

    /// <inheritdoc/>
    public override ImmutableArray<Involvement> Involvements => Involve(Parties, ActorRole.Party);
}
