using System.Collections.Generic;
using System.Linq;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>
/// What a fact record contributes to its table's stored query columns (<see cref="FactRow"/>), read from the same YAML
/// values its <c>Extent</c>, <c>Dimensions</c> and <c>Involvements</c> are built from, by the same rules.
/// </summary>
internal static class FactRows
{
    /// <summary>The row of a valid record whose table stores fact columns; null for any other table.</summary>
    public static FactRow? Of(YamlNode record, RecordShape shape)
    {
        if (!shape.HasFactColumns)
        {
            return null;
        }

        var (first, last) = Extent(record, shape);
        var dimensions = shape.Properties.First(p => p.Name == "Dimensions");
        var actors = shape.InvolvementProperties.SelectMany(p => Texts(Value(record, p))).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);
        return new FactRow(first, last, MemberMask(Value(record, dimensions), dimensions.Value), actors.ToEquatableArray());
    }

    /// <summary>The first [Extent] property that has a value, as first and last day: what the generated <c>Extent</c> returns.</summary>
    private static (int First, int Last) Extent(YamlNode record, RecordShape shape)
    {
        foreach (var property in shape.ExtentProperties)
        {
            var text = Value(record, property)?.Value;
            if (text is null)
            {
                continue;
            }

            if (property.Value.Kind == ValueKind.PartialDate && PartialDateText.TryParseDate(text, out var date, out _))
            {
                return (PartialDateText.FirstDayNumber(date), PartialDateText.LastDayNumber(date));
            }

            if (PartialDateText.TryParseRange(text, out var range, out _))
            {
                return (PartialDateText.FirstDayNumber(range.Start), range.End is { } end ? PartialDateText.LastDayNumber(end) : FactRow.OpenEnd);
            }
        }

        return (FactRow.Undated, FactRow.Undated);
    }

    /// <summary>A flags value as a bit per member position in declaration order.</summary>
    private static ulong MemberMask(YamlNode? node, ValueShape shape)
    {
        var mask = 0UL;
        foreach (var name in Texts(node))
        {
            var position = shape.EnumMembers.AsImmutableArray().IndexOf(name, 0, System.StringComparer.OrdinalIgnoreCase);
            mask |= position is >= 0 and < 64 ? 1UL << position : 0;
        }

        return mask;
    }

    private static YamlNode? Value(YamlNode record, PropertyShape property)
    {
        var value = record.Entries.FirstOrDefault(e => e.Key == property.Key)?.Value;
        return value is null || value.IsNull ? null : value;
    }

    /// <summary>A scalar's text, or the texts of a list's scalars.</summary>
    private static IEnumerable<string> Texts(YamlNode? node) => node is null
        ? Enumerable.Empty<string>()
        : node.Kind == YamlNodeKind.Sequence
            ? node.Items.Select(i => i.Value).OfType<string>()
            : node.Value is { } text ? new[] { text } : Enumerable.Empty<string>();
}
