using System.Collections.Generic;
using System.Linq;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes the <c>Extent</c> and <c>Involvements</c> of a partial fact record from its <c>[Extent]</c> and
/// <c>[Involves]</c> marks: the same values the binder stores as the table's query columns, so the two cannot disagree.
/// </summary>
internal static class FactMembersEmitter
{
    private const string DateRange = "global::RelationsData.DateRange";

    /// <summary>The record types of the schema this compilation writes members for: facts declared partial here, with marks.</summary>
    public static IEnumerable<RecordShape> Targets(DatasetSchema schema) => schema.Tables
        .SelectMany(t => t.Shapes)
        .Where(s => s.IsFact && s.Declaration == Declaration.SourcePartial && (s.ExtentProperties.Any() || s.InvolvementProperties.Any()))
        .GroupBy(s => s.TypeName)
        .Select(g => g.First())
        .OrderBy(s => s.TypeName, System.StringComparer.Ordinal);

    public static string HintName(RecordShape shape) => shape.TypeName.Replace("global::", string.Empty) + ".Fact.g.cs";

    public static string Emit(RecordShape shape)
    {
        var fullName = shape.TypeName.Replace("global::", string.Empty);
        var ns = fullName.Length > shape.DisplayName.Length ? fullName.Substring(0, fullName.Length - shape.DisplayName.Length - 1) : string.Empty;
        var writer = SourceWriter.GeneratedFile("from the [Extent] and [Involves] marks of " + shape.DisplayName, ns)
            .Open("partial " + (shape.IsRecordType ? "record " : "class ") + shape.DisplayName);
        var extent = shape.ExtentProperties.ToList();
        if (extent.Count > 0)
        {
            writer.Line("/// <summary>Gets the days this fact covers: " + Describe(extent) + ".</summary>")
                .Line("public override " + DateRange + "? Extent => " + ExtentExpression(extent) + ";");
        }

        var involved = shape.InvolvementProperties.ToList();
        if (involved.Count > 0)
        {
            var parts = involved.Select(p => "Involve(" + p.Name + ", global::RelationsData.ActorRole." + p.InvolvedAs + ")").ToList();
            if (extent.Count > 0)
            {
                writer.Line();
            }

            writer.Line("/// <summary>Gets every actor this fact involves: " + string.Join(", ", involved.Select(p => "<see cref=\"" + p.Name + "\"/> as " + Names.CamelCase(p.InvolvedAs!))) + ".</summary>")
                .Line("public override global::System.Collections.Immutable.ImmutableArray<global::RelationsData.Involvement> Involvements => " + parts[0] + string.Concat(parts.Skip(1).Select(p => ".AddRange(" + p + ")")) + ";");
        }

        return writer.Close().ToString();
    }

    /// <summary>The first marked property that has a value; the chain stops at the first that always has one.</summary>
    private static string ExtentExpression(List<PropertyShape> extent)
    {
        var parts = new List<string>();
        foreach (var property in extent)
        {
            var always = !property.Value.IsNullable;
            parts.Add(property.Value.Kind == ValueKind.DateRange
                ? property.Name
                : always
                    ? DateRange + ".Single(" + property.Name + ")"
                    : "(" + property.Name + ".HasValue ? " + DateRange + ".Single(" + property.Name + ".Value) : (" + DateRange + "?)null)");
            if (always)
            {
                break;
            }
        }

        return string.Join(" ?? ", parts);
    }

    private static string Describe(List<PropertyShape> extent) =>
        string.Join(", or when it has none ", extent.Select(p => "<see cref=\"" + p.Name + "\"/>" + (p.Value.Kind == ValueKind.PartialDate ? " (as a one-date range)" : string.Empty)));
}
