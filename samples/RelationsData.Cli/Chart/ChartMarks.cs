using System.Xml.Linq;

namespace RelationsData.Cli.Chart;

/// <summary>Draws one placed fact: a bar, a dot or a diamond, its label, and a tooltip with its date and full title.</summary>
internal static class ChartMarks
{
    public const string MembershipFill = "#c6dbef";
    public const string MembershipStroke = "#3b6ea5";
    public const string CorridorFill = "#f3e0bf";
    public const string CorridorStroke = "#a86f1c";
    public const string EraFill = "#e3e3e3";
    public const string EraStroke = "#8c8c8c";
    public const string TreatyColour = "#253494";
    public const string TextColour = "#222222";

    private const double BarHeight = 12;

    public static XElement Draw(Placed placed, double y)
    {
        var item = placed.Item;
        var (fill, stroke) = Colours(item);
        var group = Svg.E("g", Svg.A("class", Class(item)), Svg.A("data-id", item.Fact.Id), Svg.Title(Tooltip(item.Fact)));
        switch (item.Mark)
        {
            case Mark.Point:
                if (item.To - item.From > 2 * ChartLane.MarkRadius)
                {
                    // The whisker spans every day an imprecise date could mean.
                    group.Add(Svg.Line(item.From, y, item.To, y, stroke, Svg.A("stroke-width", 1.5)));
                }

                group.Add(Svg.E("circle", Svg.A("cx", item.Centre), Svg.A("cy", y), Svg.A("r", ChartLane.MarkRadius), Svg.A("fill", fill), Svg.A("stroke", "#444444"), Svg.A("stroke-width", 0.6)));
                break;
            case Mark.Treaty:
                var (x, r) = (item.Centre, ChartLane.MarkRadius + 1);
                group.Add(Svg.E("path", Svg.A("d", $"M{ChartScale.N(x)},{ChartScale.N(y - r)} L{ChartScale.N(x + r)},{ChartScale.N(y)} L{ChartScale.N(x)},{ChartScale.N(y + r)} L{ChartScale.N(x - r)},{ChartScale.N(y)} Z"), Svg.A("fill", fill)));
                break;
            default:
                // A span's fill is lighter than its outline, so its label stays readable on strong tones.
                group.Add(Svg.Rect(item.From, y - (BarHeight / 2), System.Math.Max(item.To - item.From, 2), BarHeight, fill, Svg.A("fill-opacity", item.Mark == Mark.Span ? 0.55 : 1), Svg.A("stroke", stroke), Svg.A("stroke-width", 0.8), Svg.A("rx", 2)));
                if (item.Ongoing)
                {
                    // Still under way: an arrowhead past the chart's last day.
                    group.Add(Svg.E("path", Svg.A("d", $"M{ChartScale.N(item.To)},{ChartScale.N(y - 5)} L{ChartScale.N(item.To + 6)},{ChartScale.N(y)} L{ChartScale.N(item.To)},{ChartScale.N(y + 5)} Z"), Svg.A("fill", stroke)));
                }

                break;
        }

        if (placed.Label is { } label)
        {
            group.Add(Svg.Text(label.X, y + 3.5, label.Text, Svg.A("text-anchor", label.Anchor), Svg.A("fill", TextColour)));
        }

        return group;
    }

    private static string Class(ChartItem item) => item.Mark switch
    {
        Mark.Point or Mark.Span => "event",
        Mark.Era => "era",
        _ => Describe.Kind(item.Fact),
    };

    private static (string Fill, string Stroke) Colours(ChartItem item) => item.Mark switch
    {
        Mark.Membership => (MembershipFill, MembershipStroke),
        Mark.Corridor => (CorridorFill, CorridorStroke),
        Mark.Era => (EraFill, EraStroke),
        Mark.Treaty => (TreatyColour, TreatyColour),
        _ => Both(ToneColours.Of(((Event)item.Fact).Tone)),
    };

    private static (string Fill, string Stroke) Both(string colour) => (colour, colour);


    private static string Tooltip(Fact fact) =>
        $"{Describe.Date(fact.Extent)} · {fact.Title} ({Describe.KindDetail(fact)}{(fact is Event e ? $", tone {e.Tone:+0;-0;0}" : string.Empty)})";
}
