using System;

namespace RelationsData;

/// <summary>Limits a numeric property to an inclusive range; the source generator reports a value outside it as a build error.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ValueRangeAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value.</param>
    public ValueRangeAttribute(double minimum, double maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the smallest allowed value.</summary>
    public double Minimum { get; }

    /// <summary>Gets the largest allowed value.</summary>
    public double Maximum { get; }
}
