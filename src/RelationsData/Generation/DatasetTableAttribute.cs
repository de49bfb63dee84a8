using System;

namespace RelationsData;

/// <summary>
/// Binds a top-level key of the dataset's YAML files to a record type. Put it on a <c>static partial class</c>: the
/// RelationsData source generator fills that class with a typed static member per record, <c>All</c>, and lookups by id.
/// </summary>
/// <example>
/// <code>
/// [DatasetTable("treaties", typeof(Treaty))]
/// public static partial class Treaties;
/// </code>
/// Every YAML file given to the compiler as an <c>AdditionalFiles</c> item may then hold a <c>treaties:</c> list.
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DatasetTableAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="key">The top-level YAML key whose list holds the records, such as "treaties".</param>
    /// <param name="recordType">The record type each list item is read into.</param>
    public DatasetTableAttribute(string key, Type recordType)
    {
        Key = key;
        RecordType = recordType;
    }

    /// <summary>Gets the top-level YAML key whose list holds the records.</summary>
    public string Key { get; }

    /// <summary>Gets the record type each list item is read into.</summary>
    public Type RecordType { get; }
}
