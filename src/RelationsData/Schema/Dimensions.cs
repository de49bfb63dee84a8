namespace RelationsData;

/// <summary>The dimensions of the relationship a record bears on. A record may bear on several.</summary>
[System.Flags]
public enum Dimensions
{
    /// <summary>No dimension; never valid on a curated record.</summary>
    None = 0,

    /// <summary>Diplomacy, alignment, leadership, public opinion and narratives.</summary>
    Political = 1 << 0,

    /// <summary>Trade, investment, energy, transport and sanctions.</summary>
    Economic = 1 << 1,

    /// <summary>Conflict, arms, alliances, bases, peacekeeping and mediation.</summary>
    Security = 1 << 2,
}
