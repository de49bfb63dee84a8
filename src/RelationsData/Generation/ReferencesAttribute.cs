using System;

namespace RelationsData;

/// <summary>
/// Marks a string property (or an array of strings) as holding ids of other records. The source generator checks at
/// build time that every id exists, in a table of <see cref="Target"/> when one is given, and in any table otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ReferencesAttribute : Attribute
{
    /// <summary>Initializes the attribute for ids of any record.</summary>
    public ReferencesAttribute()
    {
    }

    /// <summary>Initializes the attribute for ids of records of <paramref name="target"/> or a type derived from it.</summary>
    /// <param name="target">The record type that the ids must belong to.</param>
    public ReferencesAttribute(Type target) => Target = target;

    /// <summary>Gets the record type that the ids must belong to, or null for any record.</summary>
    public Type? Target { get; }
}
