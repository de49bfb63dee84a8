using System;
using System.Collections.Generic;
using System.Linq;

namespace RelationsData.Cli.Chart;

/// <summary>Where a label goes: its x, whether it reads from there (start) or ends there (end), and whether it sits on its bar.</summary>
internal sealed record LabelSpot(double X, string Anchor, bool OnBar, string Text)
{
    public double Width => ChartScale.TextWidth(Text, ChartLane.FontSize);
}

/// <summary>A mark in its row of the lane, with its label, or none where no label fits.</summary>
internal sealed record Placed(ChartItem Item, int Row, LabelSpot? Label);

/// <summary>
/// One swim lane: bars on rows at the top, each labelled on the bar or beside it; marks for single dates on rows below,
/// labelled, most salient first, only where a label fits beside them.
/// </summary>
internal sealed class ChartLane
{
    public const double BarRow = 16;
    public const double PointRow = 14;
    public const double MarkRadius = 4.5;
    public const double FontSize = 10;
    private const double Padding = 8;
    private const double MinimumHeight = 44;
    private const int MaxLabelledRows = 10;

    private readonly int barRows;
    private readonly int pointRows;

    public ChartLane(string title, string? dimension, IReadOnlyList<ChartItem> items, ChartScale scale)
    {
        Title = title;
        Dimension = dimension;
        Items = items;

        var bars = new Tracks();
        foreach (var item in items.Where(i => i.IsBar))
        {
            var label = BarLabel(item, scale);
            var from = label.Anchor == "end" ? label.X - label.Width : item.From;
            var to = label.OnBar || label.Anchor == "end" ? item.To : label.X + label.Width;
            Placed.Add(new Placed(item, bars.Place(from, Math.Max(to, item.To)), label));
        }

        // The most salient marks are placed first, so they get the labels; past a few rows, marks go unlabelled.
        var points = new Tracks();
        var marks = items.Where(i => !i.IsBar).Select((item, order) => (Item: item, Order: order)).ToList();
        Placed.AddRange(marks
            .OrderByDescending(m => Salience(m.Item)).ThenBy(m => m.Order)
            .Select(m => (m.Order, Placed: PlacePoint(m.Item, points, scale)))
            .ToList()
            .OrderBy(m => m.Order)
            .Select(m => m.Placed));

        (barRows, pointRows) = (bars.Count, points.Count);
        Height = Math.Max(MinimumHeight, (2 * Padding) + (barRows * BarRow) + (pointRows * PointRow));
    }

    public string Title { get; }

    /// <summary>Gets the dimension the lane shows, or null for the lane of eras.</summary>
    public string? Dimension { get; }

    public IReadOnlyList<ChartItem> Items { get; }

    /// <summary>Gets the bars and then the other marks, each in date order.</summary>
    public List<Placed> Placed { get; } = [];

    public double Height { get; }

    /// <summary>The y of the middle of a mark's row, for a lane whose top is at <paramref name="top"/>.</summary>
    public double Y(Placed placed, double top) => placed.Item.IsBar
        ? top + Padding + (placed.Row * BarRow) + (BarRow / 2)
        : top + Padding + (barRows * BarRow) + (placed.Row * PointRow) + (PointRow / 2);

    // Treaties first, then events by how far their tone is from neutral.
    private static int Salience(ChartItem item) => item.Fact is Event e ? Math.Abs(e.Tone) : 11;

    /// <summary>On the bar when it fits, else after it, else before it.</summary>
    private static LabelSpot BarLabel(ChartItem item, ChartScale scale)
    {
        if (item.To - item.From >= ChartScale.TextWidth(item.Fact.Title, FontSize) + 6)
        {
            return new LabelSpot(item.From + 3, "start", OnBar: true, item.Fact.Title);
        }

        if (item.To - item.From >= ChartScale.TextWidth(item.ShortTitle, FontSize) + 6)
        {
            return new LabelSpot(item.From + 3, "start", OnBar: true, item.ShortTitle);
        }

        var after = new LabelSpot(item.To + 4, "start", OnBar: false, item.ShortTitle);
        return after.X + after.Width <= scale.Right || item.From - 4 - after.Width < scale.Left
            ? after
            : after with { X = item.From - 4, Anchor = "end" };
    }

    /// <summary>In the first row with room for the mark and its label after or before it; else unlabelled.</summary>
    private static Placed PlacePoint(ChartItem item, Tracks rows, ChartScale scale)
    {
        var (from, to) = (Math.Min(item.From, item.Centre - MarkRadius), Math.Max(item.To, item.Centre + MarkRadius));
        var after = new LabelSpot(to + 5, "start", OnBar: false, item.ShortTitle);
        var before = after with { X = from - 5, Anchor = "end" };
        var options = new[] { (Label: after, From: from, To: after.X + after.Width), (Label: before, From: before.X - before.Width, To: to) }
            .Where(o => o.From >= scale.Left && o.To <= scale.Right)
            .ToList();
        foreach (var row in Enumerable.Range(0, rows.Count))
        {
            foreach (var option in options.Where(o => rows.IsFree(row, o.From, o.To)))
            {
                rows.Occupy(row, option.From, option.To);
                return new Placed(item, row, option.Label);
            }
        }

        return rows.Count < MaxLabelledRows && options.Count > 0
            ? new Placed(item, rows.Place(options[0].From, options[0].To), options[0].Label)
            : new Placed(item, rows.Place(from, to), null);
    }
}
