namespace RelationsData;

/// <summary>How likely a <see cref="Scenario"/> is judged by its source.</summary>
public enum Likelihood
{
    /// <summary>Judged unlikely.</summary>
    Unlikely = 0,

    /// <summary>Judged possible.</summary>
    Possible = 1,

    /// <summary>Judged the most likely outcome.</summary>
    Likely = 2,
}
