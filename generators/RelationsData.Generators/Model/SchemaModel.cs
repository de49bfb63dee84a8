using System.Collections.Generic;
using System.Linq;

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
/// summary as plain text ("" when it has none), for the JSON Schema's descriptions. <paramref name="ExtentOrder"/> is
/// its <c>[Extent]</c> order and <paramref name="InvolvedAs"/> the <c>ActorRole</c> member of its <c>[Involves]</c>,
/// each null when it has none.
/// </summary>
internal sealed record PropertyShape(string Name, string Key, ValueShape Value, bool IsRequired, bool IsDocumented, bool IsChronology, string Summary, int? ExtentOrder, string? InvolvedAs)
{
    /// <summary>
    /// Whether YAML may leave the property out and it then keeps its initial value: any property that is neither required
    /// nor a list (an absent list is empty). Its encoded data starts with a flag that says whether a value follows.
    /// </summary>
    public bool IsOmittable => !IsRequired && Value.Kind != ValueKind.Array;
}

/// <summary>Where a record type is declared, which decides whether the generator may add members to it.</summary>
internal enum Declaration
{
    /// <summary>In a referenced assembly: its own build wrote what its marks ask for.</summary>
    Referenced,

    /// <summary>In this compilation, as a partial type: the generator writes what its marks ask for.</summary>
    SourcePartial,

    /// <summary>In this compilation, not partial: the generator cannot add members.</summary>
    Source,
}

/// <summary>
/// A record type: its settable properties, base-most first, the types it can be referred to as, its XML doc summary as
/// plain text ("" when it has none), where it is declared, and whether it is a record (not a class).
/// </summary>
internal sealed record RecordShape(string TypeName, string DisplayName, EquatableArray<PropertyShape> Properties, EquatableArray<string> AssignableTo, string Summary, Declaration Declaration, bool IsRecordType)
{
    /// <summary>Whether the record is a <c>RelationsData.Fact</c>, which the date, dimension and actor queries take.</summary>
    public bool IsFact => AssignableTo.Contains(Names.Fact);

    /// <summary>The <c>[Extent]</c> properties, by order, then declaration.</summary>
    public IEnumerable<PropertyShape> ExtentProperties => Properties.Where(p => p.ExtentOrder is not null).OrderBy(p => p.ExtentOrder!.Value);

    /// <summary>The <c>[Involves]</c> properties, in declaration order.</summary>
    public IEnumerable<PropertyShape> InvolvementProperties => Properties.Where(p => p.InvolvedAs is not null);

    /// <summary>
    /// Whether the table stores its records' extents, dimensions and actors for the queries: the record is a fact whose
    /// <c>Extent</c> and <c>Involvements</c> come from its marks, so the stored columns are what the record computes.
    /// </summary>
    public bool HasFactColumns => IsFact && Declaration != Declaration.Source && ExtentProperties.Any() && InvolvementProperties.Any();
}

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
