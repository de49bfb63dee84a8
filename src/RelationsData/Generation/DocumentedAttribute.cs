using System;

namespace RelationsData;

/// <summary>
/// Marks a property whose value the source generator writes into the XML docs of each record's static member, so that
/// IntelliSense tells the fact. The first documented text property becomes the summary line.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class DocumentedAttribute : Attribute
{
}
