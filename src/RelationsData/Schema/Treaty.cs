using System.Collections.Immutable;
using NodaTime;

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
    /// <remarks>
    /// So "treaties active on a date" means "in force on that date" wherever the sources say when that was. A treaty whose
    /// entry into force is not recorded is active only on its signing date; ask <see cref="StandingOn"/> whether it was in
    /// force on a later day, which answers <see cref="TreatyStanding.Unknown"/> rather than guessing.
    /// </remarks>
    public override DateRange? Extent => InForce ?? DateRange.Single(Signed);

    /// <summary>Says whether the treaty was in force on a day, as far as the sources tell.</summary>
    /// <param name="day">The day, in the ISO calendar.</param>
    /// <returns>
    /// <see cref="TreatyStanding.InForce"/> or <see cref="TreatyStanding.NotInForce"/> by <see cref="InForce"/> when the
    /// sources give it; otherwise <see cref="TreatyStanding.NotInForce"/> before the first day <see cref="Signed"/> could
    /// mean and <see cref="TreatyStanding.Unknown"/> from then on, whatever <see cref="Status"/> says of today.
    /// </returns>
    /// <exception cref="System.ArgumentException"><paramref name="day"/> is not in the ISO calendar.</exception>
    /// <example>
    /// <code>
    /// var inForce = Treaties.All.Where(t => t.StandingOn(new LocalDate(1998, 6, 1)) == TreatyStanding.InForce);
    /// </code>
    /// </example>
    public TreatyStanding StandingOn(LocalDate day)
    {
        DayNumber.Of(day, nameof(day));
        if (InForce is { } span)
        {
            return span.Contains(day) ? TreatyStanding.InForce : TreatyStanding.NotInForce;
        }

        return day < Signed.Start ? TreatyStanding.NotInForce : TreatyStanding.Unknown;
    }

    /// <inheritdoc/>
    public override ImmutableArray<Involvement> Involvements => Involve(Parties, ActorRole.Party);
}
