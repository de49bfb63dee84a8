namespace RelationsData;

/// <summary>Whether a <see cref="Treaty"/> was in force on a given day, as far as the sources say: see <see cref="Treaty.StandingOn"/>.</summary>
public enum TreatyStanding
{
    /// <summary>Not in force that day: outside its recorded time in force, or before it was signed.</summary>
    NotInForce = 0,

    /// <summary>In force that day: the day lies in its recorded time in force (<see cref="Treaty.InForce"/>).</summary>
    InForce = 1,

    /// <summary>Signed by that day, but the sources do not say when, or whether, it entered into force, so they cannot tell.</summary>
    Unknown = 2,
}
