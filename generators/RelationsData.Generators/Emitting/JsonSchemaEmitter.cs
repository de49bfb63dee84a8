using System.Collections.Generic;
using System.Linq;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of an assembly's dataset YAML, from the same schema model the binder checks
/// files against: a top-level key per table, each a list of records; every record type and enum under <c>$defs</c>;
/// required fields required and unknown ones refused; enums as their YAML (camelCase) names, flags enums as lists of
/// them (or one name alone); dates and ranges by the EDTF patterns below; references as id strings. The text is emitted as a constant of
/// an internal class, so an assembly carries its own schema without reflection or a build step of its own.
/// </summary>
internal static class JsonSchemaEmitter
{
    public const string Name = "DatasetJsonSchema";
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    // PartialDateText.TryParseDate as a pattern: four digits but 0000, then optionally -MM (01-12) and -DD (01-31), then
    // optionally ~. Whether the day exists in its month (2023-02-30) is left to the build, which says so at the line.
    private const string Date = "(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?~?";
    public const string DatePattern = "^" + Date + "$";
    public const string RangePattern = "^" + Date + "(/(" + Date + "|\\.\\.))?$";

    private const string PartialDateType = "global::RelationsData.PartialDate";

    public static string HintName(string assemblyName) => ReaderEmitter.Namespace(assemblyName) + "." + Name + ".g.cs";

    public static string Emit(DatasetSchema schema, string assemblyName) =>
        SourceWriter.GeneratedFile("from the record types of this assembly's dataset tables", ReaderEmitter.Namespace(assemblyName))
            .Line("/// <summary>The JSON Schema (draft 2020-12) of this assembly's dataset YAML, for editors to complete and check the files with.</summary>")
            .Open("internal static class " + Name)
            .Line("/// <summary>The schema as indented JSON.</summary>")
            .Line("public const string Text = " + CSharpLiteral.String(Schema(schema, assemblyName)) + ";")
            .Close()
            .ToString();

    /// <summary>The schema's JSON text.</summary>
    public static string Schema(DatasetSchema schema, string assemblyName)
    {
        var tables = schema.Tables.Where(t => t.FindShape(t.RecordTypeName) is not null).ToList();
        var definitions = new Definitions(tables);
        var properties = new JsonText();
        foreach (var table in tables)
        {
            properties.Add(table.Key, new JsonText()
                .Add("description", "The " + table.Key + " table: a list of " + table.RecordShape.DisplayName + " records.")
                .Add("type", "array")
                .Add("items", definitions.Reference(table.RecordTypeName)));
        }

        return new JsonText()
            .Add("$schema", Draft)
            .Add("title", "Dataset YAML of " + assemblyName)
            .Add("description", "One YAML file of the dataset: any of its tables (" + string.Join(", ", tables.Select(t => t.Key)) + "), each a list of records.")
            .Add("type", "object")
            .Add("properties", properties)
            .Add("additionalProperties", false)
            .Add("$defs", definitions.ToJson())
            .ToString();
    }

    /// <summary>
    /// The <c>$defs</c>: each record type, enum and date type that the tables use, once, under its short name, or under
    /// its full name where two types share a short name.
    /// </summary>
    private sealed class Definitions
    {
        private readonly Dictionary<string, RecordShape> records = new();
        private readonly Dictionary<string, ValueShape> enums = new();
        private readonly HashSet<string> dates = new();
        private readonly Dictionary<string, string> names = new();

        public Definitions(IEnumerable<TableSpec> tables)
        {
            foreach (var shape in tables.SelectMany(t => t.Shapes))
            {
                if (!records.ContainsKey(shape.TypeName))
                {
                    records.Add(shape.TypeName, shape);
                    foreach (var property in shape.Properties)
                    {
                        Collect(property.Value);
                    }
                }
            }

            var all = records.Keys.Concat(enums.Keys).Concat(dates).ToList();
            var shortNames = all.ToLookup(Names.Short, System.StringComparer.Ordinal);
            foreach (var typeName in all)
            {
                names.Add(typeName, shortNames[Names.Short(typeName)].Count() == 1 ? Names.Short(typeName) : typeName.Replace("global::", string.Empty));
            }
        }

        public JsonText Reference(string typeName) => new JsonText().Add("$ref", "#/$defs/" + names[typeName]);

        public JsonText ToJson()
        {
            var json = new JsonText();
            foreach (var entry in names.OrderBy(n => n.Value, System.StringComparer.Ordinal))
            {
                json.Add(entry.Value, Definition(entry.Key));
            }

            return json;
        }

        private void Collect(ValueShape value)
        {
            switch (value.Kind)
            {
                case ValueKind.Enum:
                    enums[value.TypeName] = value;
                    break;
                case ValueKind.PartialDate:
                case ValueKind.DateRange:
                    dates.Add(value.TypeName);
                    break;
                case ValueKind.Array:
                    Collect(value.Element!);
                    break;
            }
        }

        private JsonText Definition(string typeName)
        {
            if (records.TryGetValue(typeName, out var record))
            {
                return Record(record);
            }

            if (enums.TryGetValue(typeName, out var enumShape))
            {
                return new JsonText()
                    .Add("description", Names.Short(typeName) + (enumShape.IsFlags ? ": flags, written as a list of these names (or one name alone)." : ": one of these names."))
                    .Add("type", "string")
                    .Add("enum", enumShape.EnumMembers.Select(m => (object)Names.CamelCase(m)).ToList());
            }

            return typeName == PartialDateType
                ? DateText("A partial date: " + PartialDateText.DateForm + ". The build also checks that the day exists in its month.", DatePattern)
                : DateText("A date range: " + PartialDateText.RangeForm + ". The build also checks that the days exist and that the start is not after the end.", RangePattern);
        }

        private JsonText Record(RecordShape record)
        {
            var properties = new JsonText();
            var required = new List<object>();
            foreach (var property in record.Properties)
            {
                properties.Add(property.Key, Value(property.Value).AddIfAny("description", property.Summary));

                // The binder treats a list that must hold items like a required field.
                if (property.IsRequired || (property.Value.Kind == ValueKind.Array && property.Value.MinCount > 0))
                {
                    required.Add(property.Key);
                }
            }

            var json = new JsonText().AddIfAny("description", record.Summary).Add("type", "object").Add("properties", properties);
            if (required.Count > 0)
            {
                json.Add("required", required);
            }

            return json.Add("additionalProperties", false);
        }

        private JsonText Value(ValueShape value)
        {
            switch (value.Kind)
            {
                case ValueKind.String:
                    return new JsonText().Add("type", "string");
                case ValueKind.Boolean:
                    return new JsonText().Add("type", "boolean");
                case ValueKind.Int32:
                case ValueKind.Int64:
                    return Range(new JsonText().Add("type", "integer"), value);
                case ValueKind.Double:
                case ValueKind.Decimal:
                    return Range(new JsonText().Add("type", "number"), value);
                case ValueKind.Enum when value.IsFlags:
                    // A list of names, or one name alone, as the binder reads it.
                    return new JsonText().Add("anyOf", new List<object> { new JsonText().Add("type", "array").Add("items", Reference(value.TypeName)), Reference(value.TypeName) });
                case ValueKind.Array:
                    var array = new JsonText().Add("type", "array").Add("items", Value(value.Element!));
                    return value.MinCount > 0 ? array.Add("minItems", value.MinCount) : array;
                default:
                    return Reference(value.TypeName);
            }
        }

        private static JsonText Range(JsonText json, ValueShape value)
        {
            if (value.Minimum is { } minimum)
            {
                json.Add("minimum", minimum);
            }

            return value.Maximum is { } maximum ? json.Add("maximum", maximum) : json;
        }

        /// <summary>
        /// A date as text matching the pattern, or as a bare year, which YAML reads as a number (<c>published: 2025</c>)
        /// and the build accepts as the year.
        /// </summary>
        private static JsonText DateText(string description, string pattern) =>
            new JsonText()
                .Add("description", description)
                .Add("anyOf", new List<object>
                {
                    new JsonText().Add("type", "string").Add("pattern", pattern),
                    new JsonText().Add("type", "integer").Add("minimum", 1000).Add("maximum", PartialDateText.MaxYear),
                });
    }
}
