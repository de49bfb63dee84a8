using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace RelationsData.Cli.Chart;

/// <summary>
/// The timeline chart as SVG: the report's periods as background bands, a lane of the other eras, then a swim lane per
/// dimension with memberships, corridors and spans of events as bars and single events as dots coloured by tone.
/// </summary>
internal static class TimelineChart
{
    public const double Width = 1600;
    private const double Left = 130;
    private const double Right = Width - 40;
    private const double BandTop = 62;
    private const double LabelRow = 14;

    // The report's own periodisation tiles 1991–2025 without gaps, so it reads as background; the other eras
    // (presidencies, the long balancing phase) overlap these and get a lane of their own.
    private static readonly string[] BackgroundEras =
    [
        "era-instability-reset-1991-1993", "era-balancing-doctrine-1993-2003", "era-consolidation-2003-2013",
        "era-russia-west-rupture-2014-2019", "era-decisive-phase-2020-2024", "era-crisis-since-2024",
    ];

    public static XDocument Render(int firstYear, int lastYear)
    {
        var scale = new ChartScale(firstYear, lastYear, Left, Right);
        var facts = RelationsDataset.Facts.Overlapping(scale.Range).ToList();
        var bands = Bands(scale);

        var lanes = new List<ChartLane>
        {
            new("Eras", null, facts.OfType<Era>().Where(e => !BackgroundEras.Contains(e.Id)).Select(e => ItemOf(e, Mark.Era, e.Span, scale)).ToList(), scale),
        };
        lanes.AddRange(Describe.DimensionNames.Select(d => new ChartLane(Capitalised(d.Name), d.Name, facts.Where(f => f.Dimensions.HasFlag(d.Value)).SelectMany(f => Items(f, scale)).ToList(), scale)));

        // Band labels take as many rows as they need not to overlap.
        var labelRows = new Tracks();
        var bandLabels = bands.Select(b => (b.Era.Title, X: System.Math.Min(b.From + 3, Right - ChartScale.TextWidth(b.Era.Title, 11))))
            .Select(l => (l.Title, l.X, Row: labelRows.Place(l.X, l.X + ChartScale.TextWidth(l.Title, 11))))
            .ToList();
        var axisTop = BandTop + (labelRows.Count * LabelRow) + 6;
        var lanesTop = axisTop + 22;
        var lanesBottom = lanesTop + lanes.Sum(l => l.Height);
        var height = lanesBottom + 30 + ChartLegend.Height;

        var svg = Svg.E("svg",
            new XAttribute("width", ChartScale.N(Width)), Svg.A("height", height), Svg.A("viewBox", $"0 0 {ChartScale.N(Width)} {ChartScale.N(height)}"),
            Svg.A("font-family", "DejaVu Sans, Verdana, Arial, sans-serif"), Svg.A("font-size", ChartLane.FontSize),
            Svg.Title($"Azerbaijan–Russia relations, {firstYear}–{lastYear}"),
            ChartLegend.Definitions(),
            Svg.Rect(0, 0, Width, height, "#ffffff"),
            Svg.Text(Left, 28, $"Azerbaijan–Russia relations, {firstYear}–{lastYear}", Svg.A("font-size", 18), Svg.A("font-weight", "bold")),
            Svg.Text(Left, 46, $"Facts from the RelationsData dataset {RelationsDataset.Version} by dimension; a fact bearing on several dimensions appears in each. Backgrounds: the RCSP report's periods.", Svg.A("font-size", 11), Svg.A("fill", "#555555")));

        var bandsGroup = Svg.E("g", Svg.A("class", "eras"));
        foreach (var ((era, from, to), index) in bands.Select((b, i) => (b, i)))
        {
            bandsGroup.Add(Svg.E("g", Svg.A("class", "era-band"), Svg.A("data-id", era.Id), Svg.Title($"{Describe.Date(era.Span)} · {era.Title}"),
                Svg.Rect(from, BandTop, to - from, lanesBottom - BandTop, index % 2 == 0 ? "#f4f1ea" : "#e9eef4")));
        }

        foreach (var (title, x, row) in bandLabels)
        {
            var y = BandTop + (row * LabelRow) + 11;
            bandsGroup.Add(Svg.Text(x, y, title, Svg.A("font-size", 11), Svg.A("font-style", "italic"), Svg.A("fill", "#5a5040")));
        }

        svg.Add(bandsGroup);
        svg.Add(ChartLegend.Grid(scale, lanesTop, lanesBottom));
        svg.Add(ChartLegend.Axis(scale, lanesTop, labelsAbove: true));

        var top = lanesTop;
        foreach (var lane in lanes)
        {
            svg.Add(Lane(lane, top));
            top += lane.Height;
        }

        svg.Add(ChartLegend.Axis(scale, lanesBottom, labelsAbove: false));
        svg.Add(ChartLegend.Draw(Left, lanesBottom + 30));
        return new XDocument(svg);
    }

    private static XElement Lane(ChartLane lane, double top)
    {
        var events = lane.Items.Count(i => i.Fact is Event);
        var group = Svg.E("g", Svg.A("class", lane.Dimension is null ? "era-lane" : "lane"), lane.Dimension is { } d ? Svg.A("data-dimension", d) : null,
            Svg.Line(10, top, Right + 10, top, "#555555", Svg.A("stroke-width", 0.8)),
            Svg.Text(12, top + 20, lane.Title, Svg.A("font-size", 14), Svg.A("font-weight", "bold")),
            Svg.Text(12, top + 34, lane.Dimension is null ? $"{lane.Items.Count} eras" : $"{events} events", Svg.A("fill", "#666666")));

        foreach (var placed in lane.Placed)
        {
            group.Add(ChartMarks.Draw(placed, lane.Y(placed, top)));
        }

        return group;
    }

    private static string Capitalised(string name) => string.Concat(name[..1].ToUpperInvariant(), name[1..]);

    private static IEnumerable<ChartItem> Items(Fact fact, ChartScale scale)
    {
        switch (fact)
        {
            case Membership m:
                yield return ItemOf(m, Mark.Membership, m.Span, scale);
                break;
            case Corridor { Span: { } span } c:
                yield return ItemOf(c, Mark.Corridor, span, scale);
                break;
            case Event e:
                yield return ItemOf(e, e.When.IsSingleDate ? Mark.Point : Mark.Span, e.When, scale);
                break;
            case Treaty t when t.Signed.End >= scale.Range.Start && t.Signed.Start <= scale.Range.End:
                yield return ItemOf(t, Mark.Treaty, DateRange.Single(t.Signed), scale);
                break;
        }
    }

    private static ChartItem ItemOf(Fact fact, Mark mark, DateRange range, ChartScale scale) =>
        new(fact, mark, scale.X(range.FirstDay), range.LastDay is { } last ? scale.XEnd(last) : scale.Right, range.IsOpenEnded);

    /// <summary>Each background era from its first day to the next one's, cut to the chart.</summary>
    private static List<(Era Era, double From, double To)> Bands(ChartScale scale)
    {
        var eras = BackgroundEras.Select(Eras.Get).Where(e => e.Span.Overlaps(scale.Range)).ToList();
        return eras.Select((era, i) => (era, scale.X(era.Span.FirstDay), i + 1 < eras.Count ? scale.X(eras[i + 1].Span.FirstDay) : scale.Right)).ToList();
    }
}
