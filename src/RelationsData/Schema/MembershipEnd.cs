namespace RelationsData;

/// <summary>How a <see cref="Membership"/> ended.</summary>
public enum MembershipEnd
{
    /// <summary>The member left.</summary>
    Withdrew = 0,

    /// <summary>The member did not renew a membership that had a term.</summary>
    NotRenewed = 1,

    /// <summary>A fixed term, such as a chairmanship, ran out.</summary>
    TermEnded = 2,

    /// <summary>The organisation suspended the member.</summary>
    Suspended = 3,

    /// <summary>The organisation ceased to exist.</summary>
    Dissolved = 4,

    /// <summary>The organisation or treaty was replaced by another.</summary>
    Superseded = 5,

    /// <summary>The organisation expelled the member, or ended its membership against its will.</summary>
    Expelled = 6,
}
