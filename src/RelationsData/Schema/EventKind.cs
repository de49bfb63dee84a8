namespace RelationsData;

/// <summary>The kind of an <see cref="Event"/>, after the PLOVER event ontology, plus Transition for changes of power.</summary>
public enum EventKind
{
    /// <summary>Agree, sign or settle.</summary>
    Agree = 0,

    /// <summary>Meet, visit, talk or mediate.</summary>
    Consult = 1,

    /// <summary>Express political support or approval.</summary>
    Support = 2,

    /// <summary>Make a concession, such as an apology or easing a demand.</summary>
    Concede = 3,

    /// <summary>Cooperate materially, such as in trade, energy or defence.</summary>
    Cooperate = 4,

    /// <summary>Give economic, military or humanitarian aid.</summary>
    Aid = 5,

    /// <summary>Withdraw forces or close a facility.</summary>
    Retreat = 6,

    /// <summary>Ask for something, such as joining an organisation.</summary>
    Request = 7,

    /// <summary>Demand something under pressure.</summary>
    Demand = 8,

    /// <summary>Criticise, accuse or blame.</summary>
    Disapprove = 9,

    /// <summary>Refuse a request or proposal, or cancel an engagement.</summary>
    Reject = 10,

    /// <summary>Threaten force or another penalty.</summary>
    Threaten = 11,

    /// <summary>Demonstrate or protest.</summary>
    Protest = 12,

    /// <summary>Mobilise or deploy forces.</summary>
    Mobilize = 13,

    /// <summary>Impose sanctions, bans or embargoes.</summary>
    Sanction = 14,

    /// <summary>Arrest, detain, raid, expel or seize.</summary>
    Coerce = 15,

    /// <summary>Use force: attack, shoot down or fight a war.</summary>
    Assault = 16,

    /// <summary>Investigate or report an allegation.</summary>
    Investigate = 17,

    /// <summary>A change of government, regime or state status (not in PLOVER).</summary>
    Transition = 18,
}
