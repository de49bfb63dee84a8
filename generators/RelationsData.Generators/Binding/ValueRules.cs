using System.Globalization;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>The rules the schema's attributes set on values: fewest items ([MinCount]) and ranges ([ValueRange]).</summary>
internal sealed class ValueRules
{
    private readonly DiagnosticBag diagnostics;

    public ValueRules(DiagnosticBag diagnostics) => this.diagnostics = diagnostics;

    public bool CheckCount(int count, YamlNode node, ValueShape shape, string field, string owner)
    {
        if (count >= shape.MinCount)
        {
            return true;
        }

        diagnostics.Report(DiagnosticDescriptors.TooFewItems, node.Location, field, owner, shape.MinCount.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    public bool InRange(double value, YamlNode node, ValueShape shape, string field, string owner)
    {
        if ((shape.Minimum is null || value >= shape.Minimum) && (shape.Maximum is null || value <= shape.Maximum))
        {
            return true;
        }

        OutOfRange(node, shape, field, owner, "-∞", "∞");
        return false;
    }

    /// <summary>Reports a number outside the [ValueRange], or else outside what the C# type holds (<paramref name="typeMinimum"/> to <paramref name="typeMaximum"/>).</summary>
    public void OutOfRange(YamlNode node, ValueShape shape, string field, string owner, string typeMinimum, string typeMaximum) =>
        diagnostics.Report(DiagnosticDescriptors.OutOfRange, node.Location, field, owner, node.Value!, Bound(shape.Minimum) ?? typeMinimum, Bound(shape.Maximum) ?? typeMaximum);

    private static string? Bound(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
