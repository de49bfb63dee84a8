using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes a table's <c>Storage</c> class: the records as data (<see cref="DataEncoding"/>), a reader method per record
/// type over the assembly's shared reader (<see cref="ReaderEmitter"/>), and the array they fill on first use. One loop
/// decodes every record, so the work at first use grows with the data, not with the code the JIT must compile.
/// </summary>
internal static class StorageEmitter
{
    public static void Emit(SourceWriter writer, TableOutput table, string readerType)
    {
        var inv = CultureInfo.InvariantCulture;
        var type = table.RecordTypeName;
        var enums = table.Shapes.SelectMany(s => s.Properties).SelectMany(p => Flatten(p.Value))
            .Where(v => v.Kind == ValueKind.Enum).GroupBy(v => v.TypeName).Select(g => g.First()).ToList();
        var names = Names(table.Shapes.Select(s => s.TypeName).Concat(enums.Select(e => e.TypeName)));
        var parameter = readerType + " reader";
        var (text, data, stringCount) = Encode(table);
        writer.Open("private static class Storage");

        // Static fields start in textual order, so what the readers use comes before Items.
        foreach (var enumType in enums)
        {
            writer.Line("private static readonly " + enumType.TypeName + "[] " + names[enumType.TypeName] + "Members = { " + string.Join(", ", enumType.EnumMembers.Select(m => enumType.TypeName + "." + m)) + " };")
                .Line();
        }

        foreach (var shape in table.Shapes.Where(s => s.Properties.Any(p => p.IsOmittable)))
        {
            // What a property holds when the YAML leaves it out: its initial value, read from one instance.
            var required = shape.Properties.Where(p => p.IsRequired).Select(p => p.Name + " = default!");
            writer.Line("private static readonly " + shape.TypeName + " Initial" + names[shape.TypeName] + " = new " + shape.TypeName + " { " + string.Join(", ", required) + " };")
                .Line();
        }

        writer.Line("internal static readonly " + type + "[] Items = Create();")
            .Line()
            .Line("internal static readonly global::System.Collections.Immutable.ImmutableArray<" + type + "> All = global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(Items);")
            .Line()
            .Line("// An explicit static constructor keeps the type from being initialised before its first use.")
            .Line("static Storage()")
            .Line("{")
            .Line("}")
            .Line()
            .Line("// Every distinct string of the table in UTF-8, end to end; Data starts with their lengths in bytes.")
            .Line("private static global::System.ReadOnlySpan<byte> Text => " + CSharpLiteral.String(text) + "u8;")
            .Line()
            .Line("// The records in order, each field in declaration order, as the reader reads them.")
            .Line("private static global::System.ReadOnlySpan<byte> Data => " + CSharpLiteral.String(data) + "u8;")
            .Line()
            .Open("private static " + type + "[] Create()")
            .Line("var reader = new " + readerType + "(Data, Text, " + stringCount.ToString(inv) + ");")
            .Line("var items = new " + type + "[" + table.Records.Count.ToString(inv) + "];")
            .Open("for (var i = 0; i < items.Length; i++)")
            .Line("items[i] = Read" + names[type] + "(reader);")
            .Close()
            .Line()
            .Line("return items;")
            .Close();

        foreach (var shape in table.Shapes)
        {
            EmitRecordReader(writer, shape, names, parameter);
        }

        foreach (var flags in enums.Where(e => e.IsFlags))
        {
            EmitFlagsReader(writer, flags, names, parameter);
        }

        writer.Close();
    }

    /// <summary>Writes the table's strings and numbers: the text, the digits (string lengths first), and how many strings there are.</summary>
    private static (string Text, string Data, int StringCount) Encode(TableOutput table)
    {
        var indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var text = new StringBuilder();
        var lengths = new StringBuilder();
        var records = new StringBuilder();
        foreach (var token in table.Records.SelectMany(r => r.Data))
        {
            if (token.Text is not { } value)
            {
                DataEncoding.Append(records, token.Number);
                continue;
            }

            if (!indexes.TryGetValue(value, out var index))
            {
                index = indexes.Count;
                indexes.Add(value, index);
                text.Append(value);
                DataEncoding.Append(lengths, (ulong)Encoding.UTF8.GetByteCount(value));
            }

            DataEncoding.Append(records, (ulong)index);
        }

        return (text.ToString(), lengths.Append(records).ToString(), indexes.Count);
    }

    private static void EmitRecordReader(SourceWriter writer, RecordShape shape, Dictionary<string, string> names, string parameter)
    {
        var name = names[shape.TypeName];
        writer.Line()
            .Line("private static " + shape.TypeName + " Read" + name + "(" + parameter + ") => new " + shape.TypeName)
            .Line("{");
        foreach (var property in shape.Properties)
        {
            var value = Read(property.Value, "reader", names);
            writer.Line("    " + property.Name + " = " + (property.IsOmittable ? "reader.Unsigned() != 0 ? " + value + " : Initial" + name + "." + property.Name : value) + ",");
        }

        writer.Line("};");
    }

    private static void EmitFlagsReader(SourceWriter writer, ValueShape shape, Dictionary<string, string> names, string parameter)
    {
        var name = names[shape.TypeName];
        writer.Line()
            .Open("private static " + shape.TypeName + " Read" + name + "(" + parameter + ")")
            .Line("var value = (" + shape.TypeName + ")0;")
            .Open("for (var count = reader.Unsigned(); count > 0; count--)")
            .Line("value |= " + name + "Members[reader.Unsigned()];")
            .Close()
            .Line()
            .Line("return value;")
            .Close();
    }

    /// <summary>The C# expression that reads one value of a shape from <paramref name="reader"/>.</summary>
    private static string Read(ValueShape shape, string reader, Dictionary<string, string> names) => shape.Kind switch
    {
        ValueKind.String => reader + ".String()",
        ValueKind.Boolean => reader + ".Unsigned() != 0",
        ValueKind.Int32 => "(int)" + reader + ".Signed()",
        ValueKind.Int64 => reader + ".Signed()",
        ValueKind.Double => "global::System.BitConverter.Int64BitsToDouble(" + reader + ".Signed())",
        ValueKind.Decimal => reader + ".Decimal()",
        ValueKind.Enum when shape.IsFlags => "Read" + names[shape.TypeName] + "(" + reader + ")",
        ValueKind.Enum => names[shape.TypeName] + "Members[" + reader + ".Unsigned()]",
        ValueKind.PartialDate => reader + ".Date()",
        ValueKind.DateRange => reader + ".Range()",
        ValueKind.Array => reader + ".Array(static " + Item(reader) + " => " + Read(shape.Element!, Item(reader), names) + ")",
        _ => "Read" + names[shape.TypeName] + "(" + reader + ")",
    };

    /// <summary>The name of a list item's reader: "item", then "itemItem" in a list of lists.</summary>
    private static string Item(string reader) => reader == "reader" ? "item" : reader + "Item";

    /// <summary>A value's shape and, for a list, its elements' shapes.</summary>
    private static IEnumerable<ValueShape> Flatten(ValueShape shape)
    {
        for (var current = shape; current is not null; current = current.Element)
        {
            yield return current;
        }
    }

    /// <summary>Short, unique names for the generated members that read each type: the type's name, or its full name when two share one.</summary>
    private static Dictionary<string, string> Names(IEnumerable<string> typeNames)
    {
        var distinct = typeNames.Distinct().OrderBy(t => t, System.StringComparer.Ordinal).ToList();
        var shortNames = distinct.ToDictionary(t => t, Model.Names.Short, System.StringComparer.Ordinal);
        return distinct.ToDictionary(
            t => t,
            t => shortNames.Values.Count(n => n == shortNames[t]) == 1 ? shortNames[t] : new string(t.Replace("global::", string.Empty).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray()),
            System.StringComparer.Ordinal);
    }
}
