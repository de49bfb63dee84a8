using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Renders the coverage section of docs/data.md: records by kind, facts by dimension, facts by decade, dates by precision
/// and events by year.
/// </summary>
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

        RenderPrecision(text);
        RenderEventsByYear(text);
        return text.ToString();
    }

    // Every date field of a fact, by kind and key; a treaty has two.
    private static readonly (string Kind, string Key, DateRange?[] Ranges)[] DateFields =
    [
        ("treaties", "signed", [.. Treaties.All.Select(t => (DateRange?)DateRange.Single(t.Signed))]),
        ("treaties", "inForce", [.. Treaties.All.Select(t => t.InForce)]),
        ("memberships", "span", [.. Memberships.All.Select(m => (DateRange?)m.Span)]),
        ("events", "when", [.. Events.All.Select(e => (DateRange?)e.When)]),
        ("eras", "span", [.. Eras.All.Select(e => (DateRange?)e.Span)]),
        ("corridors", "span", [.. Corridors.All.Select(c => c.Span)]),
        ("scenarios", "horizon", [.. Scenarios.All.Select(s => (DateRange?)s.Horizon)]),
        ("statistics", "asOf", [.. Statistics.All.Select(s => s.Extent)]),
    ];

    // Counts each written end of a range: a single date once, a range's start and end apiece, '..' as open.
    private static void RenderPrecision(StringBuilder text)
    {
        text.Append("\n#### Dates by precision\n\n| Kind | Key | Year | Month | Day | Open |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var (kind, key, ranges) in DateFields)
        {
            var ends = ranges.OfType<DateRange>().SelectMany(Ends).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {kind} | `{key}` | {ends.Count(p => p == DatePrecision.Year)} | {ends.Count(p => p == DatePrecision.Month)} | {ends.Count(p => p == DatePrecision.Day)} | {ends.Count(p => p is null)} |\n");
        }
    }

    private static IEnumerable<DatePrecision?> Ends(DateRange range)
    {
        yield return range.Start.Precision;
        if (!range.IsSingleDate)
        {
            yield return range.End?.Precision;
        }
    }

    // Events that start in each year since independence, and those under way on some day of it.
    private static void RenderEventsByYear(StringBuilder text)
    {
        text.Append("\n#### Events by year\n\n| Year | Starting | Under way |\n|---|---:|---:|\n");
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var days = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            text.Append(CultureInfo.InvariantCulture, $"| {year} | {Events.All.Count(e => e.When.FirstDay.Year == year)} | {Events.All.Count(e => e.When.Overlaps(days))} |\n");
        }
    }

    private const int FirstYear = 1991;

    private const int LastYear = 2025;

    // The decade a fact's extent starts in; undated facts sort last.
    private static int Decade(Fact fact) => fact.Extent is { } extent ? extent.FirstDay.Year / 10 * 10 : int.MaxValue;
}
