namespace RelationsData;

/// <summary>What kind of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state.</summary>
    State = 0,

    /// <summary>An international organisation, alliance, bloc or programme.</summary>
    Organisation = 1,

    /// <summary>A person, such as a head of state.</summary>
    Person = 2,

    /// <summary>A company, such as an oil company or an airline.</summary>
    Company = 3,

    /// <summary>A news agency, broadcaster or other media outlet.</summary>
    MediaOutlet = 4,

    /// <summary>A military or civilian mission, such as a peacekeeping contingent or a monitoring mission.</summary>
    Mission = 5,

    /// <summary>A region or territory that is not a state, such as a disputed enclave.</summary>
    Region = 6,
}
