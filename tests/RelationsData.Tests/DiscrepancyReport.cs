using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RelationsData.Tests;

/// <summary>Renders docs/discrepancies.md's generated section: each disputed field with every claimed value, its sources, the choice and why.</summary>
internal static class DiscrepancyReport
{
    public static string Render()
    {
        var inv = CultureInfo.InvariantCulture;
        var disputed = RelationsDataset.Facts.Where(f => !f.Discrepancies.IsEmpty).ToList();
        var text = new StringBuilder();
        text.Append(inv, $"{disputed.Sum(f => f.Discrepancies.Length)} discrepancies in {disputed.Count} records, in the order of `RelationsDataset.Facts`.\n");
        foreach (var fact in disputed)
        {
            var kind = JsonNamingPolicy.CamelCase.ConvertName(fact.GetType().Name);
            text.Append(inv, $"\n### {fact.Title}\n\n`{fact.Id}` · {kind} · {(fact.Extent is { } extent ? $"`{extent}`" : "undated")}\n");
            foreach (var discrepancy in fact.Discrepancies)
            {
                text.Append(inv, $"\n**{discrepancy.Field}**\n\n");
                foreach (var claim in discrepancy.Claims)
                {
                    text.Append(inv, $"- “{claim.Value}”: {string.Join("; ", claim.Citations.Select(Cite))}\n");
                }

                text.Append(inv, $"\nChosen: “{discrepancy.Chosen}”. {discrepancy.Reason}\n");
            }
        }

        return text.ToString();
    }

    private static string Cite(Citation citation)
    {
        var where = citation.Locator switch
        {
            null => string.Empty,
            var note when note.StartsWith('[') => ", note " + note,
            var section => $", section “{section}”",
        };
        return $"*{Sources.Get(citation.Source).Title}*{where} (`{citation.Source}`)";
    }
}
