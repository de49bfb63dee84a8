using System.Collections.Immutable;
using NodaTime;

namespace RelationsData;

/// <summary>A treaty, agreement, declaration, statement, memorandum, convention, programme or lease, with its parties and obligations.</summary>
/// <remarks>
/// Its <see cref="Fact.Extent"/> is its recorded time in force (<see cref="InForce"/>) or, when that is unknown, the day it
/// was signed. So "treaties active on a date" means "in force on that date" wherever the sources say when that was; a
/// treaty whose entry into force is not recorded is active only on its signing date. Ask <see cref="StandingOn"/> whether
/// it was in force on a later day, which answers <see cref="TreatyStanding.Unknown"/> rather than guessing.
/// </remarks>
public sealed partial record Treaty : Fact
{
    /// <summary>Gets the form of the instrument.</summary>
    public required TreatyKind Kind { get; init; }

    /// <summary>Gets the ids of the parties (actors); at least one.</summary>
    [References(typeof(Actor))]
    [MinCount(1)]
    [Involves(ActorRole.Party)]
    public required ImmutableArray<string> Parties { get; init; }

    /// <summary>Gets when it was signed or adopted, at the precision the sources support.</summary>
    [Chronology]
    [Documented]
    [Extent(2)]
    public required PartialDate Signed { get; init; }

    /// <summary>Gets when it was in force: from entry into force to its end, open-ended while still in force; null when unknown.</summary>
    [Extent(1)]
    public DateRange? InForce { get; init; }

    /// <summary>Gets where it stands today.</summary>
    public required TreatyStatus Status { get; init; }

    /// <summary>Gets what it commits the parties to.</summary>
    public Obligations Obligations { get; init; }

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
}
