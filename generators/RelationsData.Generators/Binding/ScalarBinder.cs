using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>
/// Reads a scalar into each value kind a property can have: text, booleans, the four kinds of number, dates and ranges.
/// Only unquoted scalars are numbers or booleans (YAML 1.2's core schema); a number past its type's limits is out of
/// range, not of the wrong type.
/// </summary>
internal sealed class ScalarBinder
{
    private static readonly Regex WholeNumber = new("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly DiagnosticBag diagnostics;
    private readonly ValueRules rules;

    public ScalarBinder(DiagnosticBag diagnostics, ValueRules rules)
    {
        this.diagnostics = diagnostics;
        this.rules = rules;
    }

    /// <summary>Reads <paramref name="node"/> (a non-null scalar) as <paramref name="shape"/> wants, or reports why not and returns null.</summary>
    public BoundValue? Bind(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        var text = node.Value!;
        var isNumber = !node.IsQuoted && double.TryParse(text, NumberStyles.Float, Invariant, out _);
        switch (shape.Kind)
        {
            case ValueKind.String:
                return BoundValue.Of(DataToken.String(text), text);

            case ValueKind.Boolean when !node.IsQuoted && (text == "true" || text == "false"):
                return BoundValue.Of(DataToken.Boolean(text == "true"), text);

            case ValueKind.Int32 when !node.IsQuoted && WholeNumber.IsMatch(text):
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var int32))
                {
                    rules.OutOfRange(node, shape, field, owner, int.MinValue.ToString(Invariant), int.MaxValue.ToString(Invariant));
                    return null;
                }

                return rules.InRange(int32, node, shape, field, owner) ? BoundValue.Of(DataToken.Integer(int32), int32.ToString(Invariant)) : null;

            case ValueKind.Int64 when !node.IsQuoted && WholeNumber.IsMatch(text):
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var int64))
                {
                    rules.OutOfRange(node, shape, field, owner, long.MinValue.ToString(Invariant), long.MaxValue.ToString(Invariant));
                    return null;
                }

                return rules.InRange(int64, node, shape, field, owner) ? BoundValue.Of(DataToken.Integer(int64), int64.ToString(Invariant)) : null;

            case ValueKind.Double when isNumber:
                var number = double.Parse(text, NumberStyles.Float, Invariant);
                if (double.IsInfinity(number) || double.IsNaN(number))
                {
                    rules.OutOfRange(node, shape, field, owner, double.MinValue.ToString("R", Invariant), double.MaxValue.ToString("R", Invariant));
                    return null;
                }

                return rules.InRange(number, node, shape, field, owner) ? BoundValue.Of(DataToken.Double(number), number.ToString("R", Invariant)) : null;

            case ValueKind.Decimal when isNumber:
                if (!decimal.TryParse(text, NumberStyles.Float, Invariant, out var money))
                {
                    rules.OutOfRange(node, shape, field, owner, decimal.MinValue.ToString(Invariant), decimal.MaxValue.ToString(Invariant));
                    return null;
                }

                return rules.InRange((double)money, node, shape, field, owner) ? BoundValue.Of(DataToken.Decimal(money), money.ToString(Invariant)) : null;

            case ValueKind.PartialDate:
                // Spaces around a date are trimmed on purpose, as PartialDate.Parse trims them: one grammar for both.
                if (!PartialDateText.TryParseDate(text, out var date, out var dateError))
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidDate, node.Location, field, owner, dateError!);
                    return null;
                }

                return BoundValue.Of(DataToken.Date(date), PartialDateText.Format(date));

            case ValueKind.DateRange:
                if (!PartialDateText.TryParseRange(text, out var range, out var rangeError))
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidDate, node.Location, field, owner, rangeError!);
                    return null;
                }

                if (range.End is { } last && PartialDateText.LastDayKey(last) < PartialDateText.SortKey(range.Start) / 10)
                {
                    diagnostics.Report(DiagnosticDescriptors.EndBeforeStart, node.Location, field, owner, text);
                    return null;
                }

                return new BoundValue(Range(range), PartialDateText.FormatRange(range));
        }

        diagnostics.Report(DiagnosticDescriptors.WrongType, node.Location, field, owner, BindingMessages.ExpectedForm(shape, table), BindingMessages.Found(node, shape));
        return null;
    }

    /// <summary>A range as its start, whether an end follows, and the end.</summary>
    private static List<DataToken> Range(DateRangeParts range)
    {
        var data = new List<DataToken> { DataToken.Date(range.Start), DataToken.Presence(range.End is not null) };
        if (range.End is { } end)
        {
            data.Add(DataToken.Date(end));
        }

        return data;
    }
}
