using System;

namespace RelationsData;

/// <summary>
/// Marks a <see cref="PartialDate"/> or <see cref="DateRange"/> property of a <see cref="Fact"/> record as its
/// <see cref="Fact.Extent"/>. The source generator then writes the record's <c>Extent</c> (the record must be declared
/// <c>partial</c>) and stores every record's first and last day with the table, so date queries answer without building
/// the records they do not return.
/// </summary>
/// <remarks>
/// With several marked properties the extent is the value of the first, by <see cref="Order"/>, that has one; a
/// <see cref="PartialDate"/> stands for the range of that one date. A record whose extent needs other logic leaves the
/// attribute out and overrides <see cref="Fact.Extent"/> itself; its table's date index is then built from the records
/// on the first query.
/// </remarks>
/// <example>
/// <code>
/// [Extent(1)] public DateRange? InForce { get; init; }            // in force, when the sources say
/// [Extent(2)] public required PartialDate Signed { get; init; }   // otherwise the day it was signed
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ExtentAttribute : Attribute
{
    /// <summary>Initializes the attribute for the only marked property, or the first (order 0).</summary>
    public ExtentAttribute()
    {
    }

    /// <summary>Initializes the attribute for one of several marked properties.</summary>
    /// <param name="order">Where this property comes among the marked ones: lower first.</param>
    public ExtentAttribute(int order) => Order = order;

    /// <summary>Gets where this property comes among the marked ones: lower first; 0 unless given.</summary>
    public int Order { get; }
}
