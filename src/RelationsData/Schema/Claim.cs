using System.Collections.Immutable;

namespace RelationsData;

/// <summary>One value that one or more sources give for a disputed field of a record.</summary>
public sealed record Claim
{
    /// <summary>Gets the value as the sources give it, such as "1993" or "six weeks".</summary>
    public required string Value { get; init; }

    /// <summary>Gets the sources that give this value.</summary>
    [MinCount(1)]
    public required ImmutableArray<Citation> Citations { get; init; }
}
