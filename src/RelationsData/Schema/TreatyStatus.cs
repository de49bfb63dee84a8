namespace RelationsData;

/// <summary>Where a <see cref="Treaty"/> stands today.</summary>
public enum TreatyStatus
{
    /// <summary>In force today.</summary>
    InForce = 0,

    /// <summary>Signed but not known to have entered into force.</summary>
    Signed = 1,

    /// <summary>Carried out; nothing further is owed under it.</summary>
    Implemented = 2,

    /// <summary>Ended when its term ran out.</summary>
    Expired = 3,

    /// <summary>Ended for a party that chose not to renew it.</summary>
    NotRenewed = 4,

    /// <summary>Ended early by a party or by agreement.</summary>
    Terminated = 5,

    /// <summary>Replaced by a later instrument.</summary>
    Superseded = 6,

    /// <summary>The sources do not say.</summary>
    Unknown = 7,
}
