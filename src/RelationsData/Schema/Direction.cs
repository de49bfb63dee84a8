namespace RelationsData;

/// <summary>The direction a <see cref="Corridor"/> carries goods from Azerbaijan, or its axis.</summary>
public enum Direction
{
    /// <summary>Toward Georgia, Turkey and Europe.</summary>
    Westbound = 0,

    /// <summary>Toward Russia.</summary>
    Northbound = 1,

    /// <summary>Between Russia and Iran, onward to South Asia.</summary>
    NorthSouth = 2,

    /// <summary>Between Central Asia or China and Europe.</summary>
    EastWest = 3,

    /// <summary>Within Azerbaijan, such as to an exclave.</summary>
    Internal = 4,
}
