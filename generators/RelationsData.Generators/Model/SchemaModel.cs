namespace RelationsData.Generators.Model;

/// <summary>What kind of value a property holds, which decides how YAML is read into it.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    Enum,
    PartialDate,
    DateRange,
    Array,
    Record,
}

/// <summary>
/// The shape of a property's value, read from the record types in the compilation.
/// </summary>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="TypeName">The fully qualified C# type, without nullability, such as <c>global::RelationsData.Dimensions</c>.</param>
/// <param name="IsNullable">Whether the property accepts null.</param>
/// <param name="EnumMembers">An enum's member names, in declaration order.</param>
/// <param name="IsFlags">Whether an enum is a [Flags] enum, read from a YAML list.</param>
/// <param name="Element">An array's element shape.</param>
/// <param name="ReferenceTarget">For a reference: the fully qualified record type the id must belong to, or "" for any record; null when not a reference.</param>
/// <param name="MinCount">An array's fewest items.</param>
/// <param name="Minimum">A number's smallest allowed value, or null.</param>
/// <param name="Maximum">A number's largest allowed value, or null.</param>
internal sealed record ValueShape(
    ValueKind Kind,
    string TypeName,
    bool IsNullable,
    EquatableArray<string> EnumMembers,
    bool IsFlags,
    ValueShape? Element,
    string? ReferenceTarget,
    int MinCount,
    double? Minimum,
    double? Maximum);

/// <summary>
/// A settable property of a record type and the YAML key it is read from; <paramref name="Summary"/> is its XML doc
/// summary as plain text ("" when it has none), for the JSON Schema's descriptions.
/// </summary>
internal sealed record PropertyShape(string Name, string Key, ValueShape Value, bool IsRequired, bool IsDocumented, bool IsChronology, string Summary)
{
    /// <summary>
    /// Whether YAML may leave the property out and it then keeps its initial value: any property that is neither required
    /// nor a list (an absent list is empty). Its encoded data starts with a flag that says whether a value follows.
    /// </summary>
    public bool IsOmittable => !IsRequired && Value.Kind != ValueKind.Array;
}

/// <summary>
/// A record type: its settable properties, base-most first, the types it can be referred to as, and its XML doc summary
/// as plain text ("" when it has none).
/// </summary>
internal sealed record RecordShape(string TypeName, string DisplayName, EquatableArray<PropertyShape> Properties, EquatableArray<string> AssignableTo, string Summary);

/// <summary>
/// One <c>[DatasetTable]</c> declaration: the YAML key, the partial class to fill, and the shapes of its record type and
/// every record type nested in it.
/// </summary>
internal sealed record TableSpec(
    string Key,
    string Namespace,
    string ClassName,
    string RecordTypeName,
    EquatableArray<RecordShape> Shapes,
    LocationInfo? Location,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public RecordShape? FindShape(string typeName)
    {
        foreach (var shape in Shapes)
        {
            if (shape.TypeName == typeName)
            {
                return shape;
            }
        }

        return null;
    }

    public RecordShape RecordShape => FindShape(RecordTypeName)!;
}

/// <summary>Every table of the compilation, ordered by key.</summary>
internal sealed record DatasetSchema(EquatableArray<TableSpec> Tables, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public TableSpec? FindTable(string key)
    {
        foreach (var table in Tables)
        {
            if (table.Key == key)
            {
                return table;
            }
        }

        return null;
    }
}
