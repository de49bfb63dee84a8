using System.Linq;
using System.Xml.Linq;
using NodaTime;

namespace RelationsData.Cli.Chart;

/// <summary>The chart's furniture: the tone gradient, the year axes, the five-year grid and the legend.</summary>
internal static class ChartLegend
{
    public const double Height = 58;
    private const string GradientId = "tone";

    public static XElement Definitions() => Svg.E("defs",
        Svg.E("linearGradient", Svg.A("id", GradientId),
            Svg.E("stop", Svg.A("offset", "0%"), Svg.A("stop-color", ToneColours.Conflict)),
            Svg.E("stop", Svg.A("offset", "50%"), Svg.A("stop-color", ToneColours.Neutral)),
            Svg.E("stop", Svg.A("offset", "100%"), Svg.A("stop-color", ToneColours.Cooperation))));

    /// <summary>A tick at the start of every year along a line at <paramref name="y"/>, and the year under every fifth (and the first) one.</summary>
    public static XElement Axis(ChartScale scale, double y, bool labelsAbove)
    {
        var group = Svg.E("g", Svg.A("class", "axis"), Svg.Line(scale.Left, y, scale.Right, y, "#333333"));
        foreach (var year in Enumerable.Range(scale.FirstYear, scale.LastYear - scale.FirstYear + 1))
        {
            var x = scale.X(new LocalDate(year, 1, 1));
            var labelled = year % 5 == 0 || year == scale.FirstYear;
            var tick = labelled ? 6 : 3;
            group.Add(Svg.Line(x, y, x, labelsAbove ? y - tick : y + tick, "#333333"));
            if (labelled)
            {
                group.Add(Svg.Text(x, labelsAbove ? y - 9 : y + 17, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Svg.A("text-anchor", "middle"), Svg.A("font-size", 11)));
            }
        }

        return group;
    }

    /// <summary>Light lines at every fifth year, so a mark can be read against the axis from far down the chart.</summary>
    public static XElement Grid(ChartScale scale, double top, double bottom) => Svg.E("g", Svg.A("class", "grid"),
        Enumerable.Range(scale.FirstYear, scale.LastYear - scale.FirstYear + 1)
            .Where(year => year % 5 == 0)
            .Select(year => scale.X(new LocalDate(year, 1, 1)))
            .Select(x => Svg.Line(x, top, x, bottom, "#b0b0b0", Svg.A("stroke-width", 0.6), Svg.A("stroke-dasharray", "3 3"))));

    public static XElement Draw(double left, double top)
    {
        var y = top + 14;
        var group = Svg.E("g", Svg.A("class", "legend"),
            Svg.Text(left, y + 4, "Tone of events", Svg.A("font-weight", "bold")),
            Svg.Rect(left + 90, y - 5, 260, 10, $"url(#{GradientId})"),
            Svg.Text(left + 90, y + 18, "−10 conflict"),
            Svg.Text(left + 220, y + 18, "0", Svg.A("text-anchor", "middle")),
            Svg.Text(left + 350, y + 18, "+10 cooperation", Svg.A("text-anchor", "end")));

        var x = left + 390;
        Key(group, ref x, y, "event on a day", Svg.E("circle", Svg.A("cx", x + 6), Svg.A("cy", y), Svg.A("r", ChartLane.MarkRadius), Svg.A("fill", ToneColours.Of(5)), Svg.A("stroke", "#444444"), Svg.A("stroke-width", 0.6)));
        Key(group, ref x, y, "dated to a month or year", Svg.Line(x, y, x + 24, y, ToneColours.Of(-5), Svg.A("stroke-width", 1.5)), Svg.E("circle", Svg.A("cx", x + 12), Svg.A("cy", y), Svg.A("r", ChartLane.MarkRadius), Svg.A("fill", ToneColours.Of(-5)), Svg.A("stroke", "#444444"), Svg.A("stroke-width", 0.6)));
        Key(group, ref x, y, "event over a span", Svg.Rect(x, y - 6, 28, 12, ToneColours.Of(0), Svg.A("rx", 2)));
        Key(group, ref x, y, "membership", Svg.Rect(x, y - 6, 28, 12, ChartMarks.MembershipFill, Svg.A("stroke", ChartMarks.MembershipStroke), Svg.A("rx", 2)));
        Key(group, ref x, y, "corridor or installation", Svg.Rect(x, y - 6, 28, 12, ChartMarks.CorridorFill, Svg.A("stroke", ChartMarks.CorridorStroke), Svg.A("rx", 2)));
        Key(group, ref x, y, "era", Svg.Rect(x, y - 6, 28, 12, ChartMarks.EraFill, Svg.A("stroke", ChartMarks.EraStroke), Svg.A("rx", 2)));
        Key(group, ref x, y, "treaty signed", Svg.E("path", Svg.A("d", $"M{ChartScale.N(x + 6)},{ChartScale.N(y - 5.5)} l5.5,5.5 l-5.5,5.5 l-5.5,-5.5 Z"), Svg.A("fill", ChartMarks.TreatyColour)));
        Key(group, ref x, y, "still under way", Svg.E("path", Svg.A("d", $"M{ChartScale.N(x)},{ChartScale.N(y - 5)} l6,5 l-6,5 Z"), Svg.A("fill", "#555555")));
        return group;
    }

    /// <summary>Adds a sample mark and its words, and moves <paramref name="x"/> past them.</summary>
    private static void Key(XElement group, ref double x, double y, string words, params XElement[] sample)
    {
        var sampleWidth = sample.Max(s => s.Name.LocalName == "rect" || s.Name.LocalName == "line" ? 30.0 : 14.0);
        group.Add(sample);
        group.Add(Svg.Text(x + sampleWidth + 4, y + 4, words));
        x += sampleWidth + 4 + ChartScale.TextWidth(words, ChartLane.FontSize) + 18;
    }
}
