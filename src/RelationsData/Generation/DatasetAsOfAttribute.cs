using System;

namespace RelationsData;

/// <summary>
/// Declares the date to which an assembly's dataset is current: a fact with an open end is ongoing as of that day, and
/// no later. The source generator copies it into the assembly's registry, where <see cref="Dataset.AsOf"/> reads it.
/// </summary>
/// <example>
/// <code>
/// [assembly: DatasetAsOf(2025, 12, 31)]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class DatasetAsOfAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="year">The year, such as 2025.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    public DatasetAsOfAttribute(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month.</summary>
    public int Day { get; }
}
