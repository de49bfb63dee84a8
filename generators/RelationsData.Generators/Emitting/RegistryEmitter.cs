using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes an assembly's <c>DatasetRegistry</c>: every table it compiled, in declared order, as one
/// <c>RelationsData.Dataset</c> (timeline, id index, related facts, as-of date), with a <c>RecordWriter</c> per table that
/// spells its records in the exports without reflection. It is the only list of tables; nothing in the library keeps one.
/// </summary>
internal static class RegistryEmitter
{
    private const string Name = "DatasetRegistry";
    private const string Record = "global::RelationsData.IRecord";
    private const string JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    private const string Names = "global::RelationsData.DatasetNames";

    public static string HintName(string assemblyName) => ReaderEmitter.Namespace(assemblyName) + "." + Name + ".g.cs";

    /// <summary>
    /// The tables that join the dataset, in the order they are declared (file path, then position): those whose record
    /// type implements <c>IRecord</c>, since the dataset finds records by id.
    /// </summary>
    public static IEnumerable<TableSpec> Members(DatasetSchema schema) => schema.Tables
        .Where(t => t.RecordShape.AssignableTo.Contains(Record))
        .OrderBy(t => t.Location?.FilePath ?? "\uffff", System.StringComparer.Ordinal)
        .ThenBy(t => t.Location?.Span.Start ?? 0)
        .ThenBy(t => t.Key, System.StringComparer.Ordinal);

    /// <summary>Writes the registry.</summary>
    /// <param name="schema">The linked schema.</param>
    /// <param name="assemblyName">The assembly, which names the namespace as it does the reader's.</param>
    /// <param name="asOf">The arguments of the assembly's <c>[DatasetAsOf]</c>, such as "2025, 12, 31", or "" when it has none.</param>
    public static string Emit(DatasetSchema schema, string assemblyName, string asOf)
    {
        var tables = Members(schema).ToList();
        var writer = SourceWriter.GeneratedFile("from the [DatasetTable] classes of this assembly", ReaderEmitter.Namespace(assemblyName))
            .Line("/// <summary>The tables this assembly compiled, in declared order, as one dataset.</summary>")
            .Open("internal static class " + Name)
            .Line("/// <summary>Gets every table of this assembly as one dataset: its timeline, its records by id, and its exports.</summary>")
            .Line("public static global::RelationsData.Dataset Dataset => Holder.Dataset;")
            .Line()
            .Open("private static class Holder")
            .Line("internal static readonly global::RelationsData.Dataset Dataset = new global::RelationsData.Dataset(")
            .Line("    " + (asOf.Length == 0 ? "null" : "new global::NodaTime.LocalDate(" + asOf + ")") + ",")
            .Line("    global::System.Collections.Immutable.ImmutableArray.Create(");
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var tableClass = "global::" + (table.Namespace.Length == 0 ? string.Empty : table.Namespace + ".") + table.ClassName;
            var fields = string.Join(", ", table.RecordShape.Properties.Select(p => CSharpLiteral.String(p.Key)));
            writer.Line("        new global::RelationsData.DatasetKind(")
                .Line("            " + CSharpLiteral.String(table.Key) + ",")
                .Line("            typeof(" + table.RecordTypeName + "),")
                .Line("            static () => global::System.Collections.Immutable.ImmutableArray.CreateRange<" + Record + ">(" + tableClass + ".All),")
                .Line("            static id => " + tableClass + ".TryGet(id, out var found) ? found : null,")
                .Line("            new global::RelationsData.RecordWriter(")
                .Line("                global::System.Collections.Immutable.ImmutableArray.Create<string>(" + fields + "),")
                .Line("                static (writer, record) => " + WriterName(table.RecordTypeName) + "(writer, (" + table.RecordTypeName + ")record),")
                .Line("                static record => " + ValuesName(table.RecordTypeName) + "((" + table.RecordTypeName + ")record)))" + (i < tables.Count - 1 ? "," : "));"));
        }

        if (tables.Count == 0)
        {
            writer.Line("        global::System.Collections.Immutable.ImmutableArray<global::RelationsData.DatasetKind>.Empty));");
        }

        writer.Line()
            .Line("// An explicit static constructor keeps the type from being initialised before its first use.")
            .Line("static Holder()")
            .Line("{")
            .Line("}")
            .Close();

        foreach (var table in tables)
        {
            WriteValuesMethod(writer, table.RecordShape);
        }

        foreach (var shape in tables.SelectMany(t => t.Shapes).GroupBy(s => s.TypeName).Select(g => g.First()).OrderBy(s => s.TypeName, System.StringComparer.Ordinal))
        {
            WriteJsonMethod(writer, shape);
        }

        return writer.Close().ToString();
    }

    private static void WriteValuesMethod(SourceWriter writer, RecordShape shape)
    {
        var values = string.Join(", ", shape.Properties.Select(p => "record." + p.Name));
        writer.Line()
            .Line("private static global::System.Collections.Immutable.ImmutableArray<object?> " + ValuesName(shape.TypeName) + "(" + shape.TypeName + " record) => global::System.Collections.Immutable.ImmutableArray.Create<object?>(" + values + ");");
    }

    private static void WriteJsonMethod(SourceWriter writer, RecordShape shape)
    {
        writer.Line()
            .Open("private static void " + WriterName(shape.TypeName) + "(" + JsonWriter + " writer, " + shape.TypeName + " record)")
            .Line("writer.WriteStartObject();");
        foreach (var property in shape.Properties)
        {
            WriteValue(writer, property.Value, "record." + property.Name, CSharpLiteral.String(property.Key), depth: 0);
        }

        writer.Line("writer.WriteEndObject();").Close();
    }

    /// <summary>Writes the statements that write one value, as a property when <paramref name="key"/> is given, else as an array item.</summary>
    private static void WriteValue(SourceWriter writer, ValueShape shape, string expression, string? key, int depth)
    {
        if (shape.IsNullable)
        {
            // Named after the expression: a pattern variable's scope is the whole method body.
            var value = "value" + Identifier(expression);
            writer.Open("if (" + expression + " is { } " + value + ")");
            WriteNonNull(writer, shape, value, key, depth + 1);
            writer.Close().Open("else").Line(key is null ? "writer.WriteNullValue();" : "writer.WriteNull(" + key + ");").Close();
            return;
        }

        WriteNonNull(writer, shape, expression, key, depth);
    }

    private static void WriteNonNull(SourceWriter writer, ValueShape shape, string expression, string? key, int depth)
    {
        switch (shape.Kind)
        {
            case ValueKind.String:
                writer.Line(Scalar("String", expression, key));
                break;
            case ValueKind.Boolean:
                writer.Line(Scalar("Boolean", expression, key));
                break;
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal:
                writer.Line(Scalar("Number", expression, key));
                break;
            case ValueKind.PartialDate or ValueKind.DateRange:
                writer.Line(Scalar("String", expression + ".ToString()", key));
                break;
            case ValueKind.Enum when !shape.IsFlags:
                writer.Line(Scalar("String", Names + ".Of(" + expression + ")", key));
                break;
            case ValueKind.Enum:
                StartArray(writer, key);
                writer.Open("foreach (var name in " + Names + ".FlagsOf(" + expression + "))")
                    .Line("writer.WriteStringValue(name);")
                    .Close()
                    .Line("writer.WriteEndArray();");
                break;
            case ValueKind.Array:
                var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
                // A default array (never set) is written as an empty one.
                StartArray(writer, key);
                writer.Open("if (!" + expression + ".IsDefault)").Open("foreach (var " + item + " in " + expression + ")");
                WriteValue(writer, shape.Element!, item, null, depth + 1);
                writer.Close().Close().Line("writer.WriteEndArray();");
                break;
            default:
                if (key is not null)
                {
                    writer.Line("writer.WritePropertyName(" + key + ");");
                }

                writer.Line(WriterName(shape.TypeName) + "(writer, " + expression + ");");
                break;
        }
    }

    private static void StartArray(SourceWriter writer, string? key) =>
        writer.Line(key is null ? "writer.WriteStartArray();" : "writer.WriteStartArray(" + key + ");");

    private static string Scalar(string type, string expression, string? key) =>
        key is null ? "writer.Write" + type + "Value(" + expression + ");" : "writer.Write" + type + "(" + key + ", " + expression + ");";

    private static string WriterName(string typeName) => "Write" + Identifier(typeName);

    private static string ValuesName(string typeName) => "ValuesOf" + Identifier(typeName);

    private static string Identifier(string typeName) =>
        new string(typeName.Replace("global::", string.Empty).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
