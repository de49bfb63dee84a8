using System.Globalization;
using System.Linq;
using System.Text;

namespace RelationsData.Tests;

/// <summary>Renders the coverage section of docs/data.md: records by kind, facts by dimension and facts by decade.</summary>
internal static class CoverageReport
{
    private static readonly Dimensions[] Dimensions = [RelationsData.Dimensions.Political, RelationsData.Dimensions.Economic, RelationsData.Dimensions.Security];

    public static string Render()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;

        text.Append("#### Records by kind\n\n| Kind | Records |\n|---|---:|\n");
        foreach (var (kind, records) in KindTables.All)
        {
            text.Append(inv, $"| {kind} | {records.Count} |\n");
        }

        text.Append(inv, $"| **all** | **{KindTables.All.Sum(t => t.Records.Count)}** |\n");

        text.Append("\n#### Facts by dimension\n\n| Kind | Facts | Political | Economic | Security |\n|---|---:|---:|---:|---:|\n");
        foreach (var (kind, facts) in KindTables.Facts)
        {
            text.Append(inv, $"| {kind} | {facts.Count} | {string.Join(" | ", Dimensions.Select(d => facts.Count(f => f.Dimensions.HasFlag(d))))} |\n");
        }

        var all = RelationsDataset.Facts;
        text.Append(inv, $"| **all facts** | **{all.Length}** | {string.Join(" | ", Dimensions.Select(d => $"**{all.Count(f => f.Dimensions.HasFlag(d))}**"))} |\n");

        text.Append("\n#### Facts by decade\n\n| Decade | ");
        text.Append(string.Join(" | ", KindTables.Facts.Select(t => t.Kind)));
        text.Append(" | All |\n|---|");
        text.Append(string.Concat(Enumerable.Repeat("---:|", KindTables.Facts.Count + 1)));
        text.Append('\n');
        foreach (var decade in all.Select(Decade).Distinct().Order())
        {
            var cells = KindTables.Facts.Select(t => t.Facts.Count(f => Decade(f) == decade)).Append(all.Count(f => Decade(f) == decade));
            var label = decade == int.MaxValue ? "undated" : decade.ToString(inv) + "s";
            text.Append(inv, $"| {label} | {string.Join(" | ", cells)} |\n");
        }

        return text.ToString();
    }

    // The decade a fact's extent starts in; undated facts sort last.
    private static int Decade(Fact fact) => fact.Extent is { } extent ? extent.FirstDay.Year / 10 * 10 : int.MaxValue;
}
