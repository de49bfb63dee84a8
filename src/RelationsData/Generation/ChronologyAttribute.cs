using System;

namespace RelationsData;

/// <summary>
/// Marks the <see cref="PartialDate"/> or <see cref="DateRange"/> property that places a record in time. The generated
/// <c>All</c> collection is sorted by it (records without a value last), and generated XML docs show it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ChronologyAttribute : Attribute
{
}
