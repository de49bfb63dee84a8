using System.Collections.Immutable;

namespace RelationsData;

/// <summary>
/// A point on which sources disagree: each value with the sources that give it, the value this dataset uses and why.
/// </summary>
public sealed record Discrepancy
{
    /// <summary>Gets the name of the field the sources disagree about, such as "Signed" or "Value".</summary>
    public required string Field { get; init; }

    /// <summary>Gets each value given, with its sources; there are at least two.</summary>
    [MinCount(2)]
    public required ImmutableArray<Claim> Claims { get; init; }

    /// <summary>Gets the value this dataset uses for <see cref="Field"/>.</summary>
    public required string Chosen { get; init; }

    /// <summary>Gets why <see cref="Chosen"/> was preferred.</summary>
    public required string Reason { get; init; }
}
