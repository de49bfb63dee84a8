namespace RelationsData;

/// <summary>A reference to a <see cref="RelationsData.Source"/>, with a locator inside it.</summary>
public sealed record Citation
{
    /// <summary>Gets the id of the cited source.</summary>
    [References(typeof(Source))]
    public required string Source { get; init; }

    /// <summary>Gets where in the source the fact is, such as the report's note number "[4]" or a section name; null when the whole source is meant.</summary>
    public string? Locator { get; init; }
}
