using System;

namespace RelationsData.Cli.Chart;

/// <summary>How a fact is drawn.</summary>
internal enum Mark
{
    /// <summary>An era that is not one of the background periods: a grey bar.</summary>
    Era,

    /// <summary>A membership: a blue bar.</summary>
    Membership,

    /// <summary>A corridor or installation while it operated: a tan bar.</summary>
    Corridor,

    /// <summary>An event with a span, such as a presence: a bar in the colour of its tone.</summary>
    Span,

    /// <summary>An event on one date: a dot in the colour of its tone, with a whisker over a month or year.</summary>
    Point,

    /// <summary>A treaty's signing: a diamond.</summary>
    Treaty,
}

/// <summary>A fact placed on the chart: its mark and the x range it covers, cut to the chart.</summary>
internal sealed record ChartItem(Fact Fact, Mark Mark, double From, double To, bool Ongoing)
{
    public bool IsBar => Mark is not (Mark.Point or Mark.Treaty);

    public double Centre => (From + To) / 2;

    /// <summary>Gets the title, cut short for a label beside the mark; a label on a bar that has room keeps the whole title.</summary>
    public string ShortTitle => Fact.Title.Length <= MaxLabel ? Fact.Title : string.Concat(Fact.Title.AsSpan(0, MaxLabel - 1), "…");

    // Long titles are cut on the chart; the full title is in each mark's tooltip.
    private const int MaxLabel = 52;
}
