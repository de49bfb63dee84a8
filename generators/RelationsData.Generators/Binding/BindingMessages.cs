using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>The words binding puts in its messages and docs: what a field expects, and what was found instead.</summary>
internal static class BindingMessages
{
    /// <summary>Says in words what a field expects.</summary>
    public static string ExpectedForm(ValueShape shape, TableSpec table) => shape.Kind switch
    {
        ValueKind.String when shape.ReferenceTarget is { Length: > 0 } target => "the id of a " + Names.Short(target),
        ValueKind.String when shape.ReferenceTarget is not null => "the id of a record",
        ValueKind.String => "text",
        ValueKind.Boolean => "true or false",
        ValueKind.Int32 or ValueKind.Int64 => "a whole number",
        ValueKind.Double or ValueKind.Decimal => "a number",
        ValueKind.Enum when shape.IsFlags => "a list of " + Names.Short(shape.TypeName) + " values (" + EnumValues(shape) + ")",
        ValueKind.Enum => "one of " + EnumValues(shape),
        ValueKind.PartialDate => "a date: " + PartialDateText.DateForm,
        ValueKind.DateRange => PartialDateText.RangeForm,
        ValueKind.Array => "a list of " + ExpectedForm(shape.Element!, table),
        _ => "a mapping with the fields of " + Names.Short(shape.TypeName) + " (" + string.Join(", ", table.FindShape(shape.TypeName)?.Properties.Select(p => p.Key) ?? Enumerable.Empty<string>()) + ")",
    };

    /// <summary>
    /// Describes what a field holds instead, and says why when the cause is easy to miss: quotes that make a number or a
    /// boolean text, or a YAML 1.1 boolean word.
    /// </summary>
    public static string Found(YamlNode node, ValueShape shape)
    {
        if (node is { Kind: YamlNodeKind.Scalar, Value: { } text })
        {
            if (node.IsQuoted && WouldBeRead(text, shape.Kind))
            {
                return "'" + text + "' in quotes, which makes it text; write it without quotes";
            }

            if (!node.IsQuoted && shape.Kind == ValueKind.Boolean && Suggestion.IsYaml11Boolean(text))
            {
                return "'" + text + "', a boolean only in YAML 1.1; write true or false";
            }
        }

        return node.Describe();
    }

    /// <summary>Splits a property name into words for docs: "InForce" becomes "In Force".</summary>
    public static string Humanize(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ");

    /// <summary>The enum's members as YAML writes them.</summary>
    public static string EnumValues(ValueShape shape) => string.Join(", ", shape.EnumMembers.Select(Names.CamelCase));

    private static bool WouldBeRead(string text, ValueKind kind) => kind switch
    {
        ValueKind.Boolean => text == "true" || text == "false",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
