namespace RelationsData;

/// <summary>What a <see cref="Treaty"/> commits its parties to, coded in the style of the ATOP alliance dataset and extended for non-alliance instruments.</summary>
[System.Flags]
public enum Obligations
{
    /// <summary>No coded obligation.</summary>
    None = 0,

    /// <summary>To defend a party that is attacked (ATOP defense).</summary>
    MutualDefence = 1 << 0,

    /// <summary>To join a party's military action (ATOP offense).</summary>
    Offence = 1 << 1,

    /// <summary>To stay out of a conflict a party is in (ATOP neutral).</summary>
    Neutrality = 1 << 2,

    /// <summary>Not to use force against a party (ATOP nonagg).</summary>
    NonAggression = 1 << 3,

    /// <summary>To consult in a crisis or regularly (ATOP consul).</summary>
    Consultation = 1 << 4,

    /// <summary>To help a party, including militarily, short of an automatic defence pledge.</summary>
    MutualAssistance = 1 << 5,

    /// <summary>Not to interfere in a party's internal affairs.</summary>
    NonInterference = 1 << 6,

    /// <summary>To respect a party's sovereignty and borders.</summary>
    TerritorialIntegrity = 1 << 7,

    /// <summary>To cooperate on training, arms, interoperability or basing.</summary>
    MilitaryCooperation = 1 << 8,

    /// <summary>To cooperate on trade and investment.</summary>
    EconomicCooperation = 1 << 9,

    /// <summary>To cooperate on energy production, transit or supply.</summary>
    EnergyCooperation = 1 << 10,

    /// <summary>To stop fighting.</summary>
    Ceasefire = 1 << 11,

    /// <summary>To admit or deploy peacekeepers or monitors.</summary>
    Peacekeeping = 1 << 12,

    /// <summary>To fix a border or a maritime or seabed boundary.</summary>
    Delimitation = 1 << 13,

    /// <summary>To establish or keep diplomatic and consular relations.</summary>
    DiplomaticRelations = 1 << 14,

    /// <summary>To carry goods, oil or gas across a party's territory.</summary>
    Transit = 1 << 15,
}
