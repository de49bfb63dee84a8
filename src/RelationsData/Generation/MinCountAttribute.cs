using System;

namespace RelationsData;

/// <summary>
/// Requires an array property to hold at least <see cref="Minimum"/> items. The source generator reports a shorter or
/// missing list as a build error; <c>[MinCount(1)]</c> on <c>Citations</c> is what makes every record cite a source.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class MinCountAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="minimum">The fewest items allowed.</param>
    public MinCountAttribute(int minimum) => Minimum = minimum;

    /// <summary>Gets the fewest items allowed.</summary>
    public int Minimum { get; }
}
