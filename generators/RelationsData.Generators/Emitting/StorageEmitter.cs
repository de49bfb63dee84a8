using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes a table's <c>Storage</c> class: its data (<see cref="TableLayout"/>), a reader method per record type and per
/// list type over the assembly's <c>DataReader</c> (<see cref="ReaderEmitter"/>), and the <c>RecordTable</c> that builds
/// each record on first use. A record costs nothing until it is read, and reading one decodes only that record.
/// </summary>
internal static class StorageEmitter
{
    public static void Emit(SourceWriter writer, TableOutput table, string assemblyName)
    {
        var inv = CultureInfo.InvariantCulture;
        var type = table.RecordTypeName;
        var values = table.Shapes.SelectMany(s => s.Properties).SelectMany(p => Flatten(p.Value)).ToList();
        var enums = values.Where(v => v.Kind == ValueKind.Enum).GroupBy(v => v.TypeName).Select(g => g.First()).ToList();
        var names = Names(table.Shapes.Select(s => s.TypeName).Concat(enums.Select(e => e.TypeName)));
        var arrays = values.Where(v => v.Kind == ValueKind.Array).GroupBy(v => v.TypeName).Select(g => g.First()).OrderBy(a => a.TypeName, System.StringComparer.Ordinal).ToList();
        var reader = ReaderEmitter.ReaderType(assemblyName);
        var parameter = "ref " + reader + " reader";
        var encoded = TableLayout.Encode(table);
        var arguments = TableLayout.Arguments(table, encoded).Select(a => a.Name + ": " + a.Value.ToString(inv));
        writer.Open("private sealed class Storage : " + ReaderEmitter.BaseType(assemblyName) + "<" + type + ">")
            .Line("internal static readonly global::RelationsData.RecordTable<" + type + "> Table = new(new Storage());")
            .Line();

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

        writer.Line("private Storage() : base(" + string.Join(", ", arguments) + ")")
            .Line("{")
            .Line("}")
            .Line()
            .Line("// An explicit static constructor keeps the type from being initialised before its first use.")
            .Line("static Storage()")
            .Line("{")
            .Line("}")
            .Line()
            .Line("// Every distinct string of the table in UTF-8, end to end.");
        EmitBytes(writer, "Text", encoded.Text);
        writer.Line("// Records, where they start, ids, query columns and where the strings start, as the base class reads them.");
        EmitBytes(writer, "Data", encoded.Data);
        writer.Line("protected override " + type + " ReadRecord(" + parameter + ") => Read" + names[type] + "(ref reader);");

        if (table.RecordShape.HasFactColumns)
        {
            var dimensions = table.RecordShape.Properties.First(p => p.Name == "Dimensions").Value.TypeName;
            writer.Line()
                .Line("public override global::RelationsData.FactColumns ReadFactColumns() => ReadFactColumns(" + names[dimensions] + "Members);");
        }

        foreach (var shape in table.Shapes)
        {
            EmitRecordReader(writer, shape, names, parameter);
        }

        foreach (var array in arrays)
        {
            EmitArrayReader(writer, array, names, parameter);
        }

        foreach (var flags in enums.Where(e => e.IsFlags))
        {
            EmitFlagsReader(writer, flags, names, parameter);
        }

        writer.Close();
    }

    /// <summary>
    /// Writes a method returning stored bytes: one UTF-8 literal, or for a long value its parts (<see cref="LiteralParts"/>)
    /// and the <c>JoinedParts</c> that finds the part a read needs; either way read in place.
    /// </summary>
    private static void EmitBytes(SourceWriter writer, string name, StringBuilder value)
    {
        var parts = LiteralParts.Split(value);
        var method = "protected override global::System.ReadOnlySpan<byte> " + name + "(scoped ref int at, int length) => ";
        if (parts.Count == 1)
        {
            writer.Line(method + CSharpLiteral.String(value.ToString()) + "u8;").Line();
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var field = char.ToLowerInvariant(name[0]) + name.Substring(1) + "Parts";

        // Where each part starts in the UTF-8 bytes, then their length: what JoinedParts addresses.
        var starts = new List<int> { 0 };
        foreach (var (start, length) in parts)
        {
            starts.Add(starts[starts.Count - 1] + Encoding.UTF8.GetByteCount(value.ToString(start, length)));
        }

        var part = name + "Part";
        writer.Line(method + field + ".Read(ref at, length);")
            .Line()
            .Line("// In parts, so the compiler lowers one part at a time; an instance field, so it is set before the base constructor runs.")
            .Line("private readonly global::RelationsData.JoinedParts " + field + " = new(new int[] { " + string.Join(", ", starts.Select(s => s.ToString(inv))) + " }, " + part + ");")
            .Line();
        EmitPartSwitches(writer, part, parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            writer.Line("private static global::System.ReadOnlySpan<byte> " + part + i.ToString(inv) + "() => " + CSharpLiteral.String(value.ToString(parts[i].Start, parts[i].Length)) + "u8;").Line();
        }
    }

    /// <summary>
    /// Writes the method that returns part i, through two small switches (by block of 32, then within it): a first read
    /// compiles two of them, where a delegate per part or one switch over all would cost the JIT about 0.1 or 0.02 ms a part.
    /// </summary>
    private static void EmitPartSwitches(SourceWriter writer, string part, int count)
    {
        const int Block = 32;
        var blocks = Enumerable.Range(0, (count + Block - 1) / Block).ToList();
        EmitSwitch(writer, part + "(int index) => (index / " + Block.ToString(CultureInfo.InvariantCulture) + ") switch", blocks.Select(block => (block, part + "Block" + Number(block) + "(index)")));
        foreach (var block in blocks)
        {
            var cases = Enumerable.Range(block * Block, Math.Min(count, (block + 1) * Block) - (block * Block));
            EmitSwitch(writer, part + "Block" + Number(block) + "(int index) => index switch", cases.Select(i => (i, part + Number(i) + "()")));
        }
    }

    /// <summary>Writes a static method whose body is a switch expression over numbered cases, throwing for any other.</summary>
    private static void EmitSwitch(SourceWriter writer, string signature, IEnumerable<(int Case, string Value)> cases)
    {
        writer.Line("private static global::System.ReadOnlySpan<byte> " + signature)
            .Line("{");
        foreach (var (number, value) in cases)
        {
            writer.Line("    " + Number(number) + " => " + value + ",");
        }

        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),")
            .Line("};")
            .Line();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void EmitRecordReader(SourceWriter writer, RecordShape shape, Dictionary<string, string> names, string parameter)
    {
        var name = names[shape.TypeName];
        writer.Line()
            .Line("private static " + shape.TypeName + " Read" + name + "(" + parameter + ") => new " + shape.TypeName)
            .Line("{");
        foreach (var property in shape.Properties)
        {
            var value = Read(property.Value, names);
            writer.Line("    " + property.Name + " = " + (property.IsOmittable ? "reader.IsPresent() ? " + value + " : Initial" + name + "." + property.Name : value) + ",");
        }

        writer.Line("};");
    }

    private static void EmitArrayReader(SourceWriter writer, ValueShape array, Dictionary<string, string> names, string parameter)
    {
        var element = array.Element!.TypeName;
        writer.Line()
            .Open("private static global::System.Collections.Immutable.ImmutableArray<" + element + "> Read" + Stem(array, names) + "(" + parameter + ")")
            .Line("var count = reader.Count();")
            .Open("if (count == 0)")
            .Line("return global::System.Collections.Immutable.ImmutableArray<" + element + ">.Empty;")
            .Close()
            .Line()
            .Line("var items = new " + element + "[count];")
            .Open("for (var i = 0; i < count; i++)")
            .Line("items[i] = " + Read(array.Element!, names) + ";")
            .Close()
            .Line()
            .Line("return global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);")
            .Close();
    }

    private static void EmitFlagsReader(SourceWriter writer, ValueShape shape, Dictionary<string, string> names, string parameter)
    {
        var name = names[shape.TypeName];
        writer.Line()
            .Open("private static " + shape.TypeName + " Read" + name + "(" + parameter + ")")
            .Line("var value = (" + shape.TypeName + ")0;")
            .Open("for (var count = reader.Count(); count > 0; count--)")
            .Line("value |= " + name + "Members[reader.Member()];")
            .Close()
            .Line()
            .Line("return value;")
            .Close();
    }

    /// <summary>The C# expression that reads one value of a shape from <c>reader</c>.</summary>
    private static string Read(ValueShape shape, Dictionary<string, string> names) => shape.Kind switch
    {
        ValueKind.String => "reader.String()",
        ValueKind.Boolean => "reader.Boolean()",
        ValueKind.Int32 => "(int)reader.Signed()",
        ValueKind.Int64 => "reader.Signed()",
        ValueKind.Double => "reader.Double()",
        ValueKind.Decimal => "reader.Decimal()",
        ValueKind.Enum when !shape.IsFlags => names[shape.TypeName] + "Members[reader.Member()]",
        ValueKind.PartialDate => "reader.Date()",
        ValueKind.DateRange => "reader.Range()",
        _ => "Read" + Stem(shape, names) + "(ref reader)",
    };

    /// <summary>The name part of a reader method: the type's short name, or for a list its element's followed by "List".</summary>
    private static string Stem(ValueShape shape, Dictionary<string, string> names) => shape.Kind switch
    {
        ValueKind.Array => Stem(shape.Element!, names) + "List",
        ValueKind.Enum or ValueKind.Record => names[shape.TypeName],
        _ => shape.Kind.ToString(),
    };

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
