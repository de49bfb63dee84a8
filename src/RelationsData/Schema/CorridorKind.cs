namespace RelationsData;

/// <summary>What kind of infrastructure a <see cref="Corridor"/> is.</summary>
public enum CorridorKind
{
    /// <summary>An oil pipeline.</summary>
    OilPipeline = 0,

    /// <summary>A gas pipeline or a chain of them.</summary>
    GasPipeline = 1,

    /// <summary>A multimodal transport route for freight and passengers.</summary>
    TransportRoute = 2,

    /// <summary>A radar or other military installation.</summary>
    RadarStation = 3,
}
