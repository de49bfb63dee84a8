using System;
using System.Globalization;

namespace RelationsData.Cli.Chart;

/// <summary>The diverging scale for tone: red for conflict (-10), grey for neutral (0), green for cooperation (+10).</summary>
internal static class ToneColours
{
    public const string Conflict = "#b2182b";
    public const string Neutral = "#bababa";
    public const string Cooperation = "#1a9850";

    /// <summary>The colour of a tone from -10 to +10, interpolated in RGB as an SVG gradient between the same stops would be.</summary>
    public static string Of(int tone)
    {
        var share = Math.Clamp(Math.Abs(tone) / 10.0, 0, 1);
        var end = tone < 0 ? Conflict : Cooperation;
        return Mix(Neutral, end, share);
    }

    private static string Mix(string from, string to, double share)
    {
        var mixed = new int[3];
        for (var i = 0; i < 3; i++)
        {
            var a = Channel(from, i);
            var b = Channel(to, i);
            mixed[i] = (int)Math.Round(a + ((b - a) * share), MidpointRounding.AwayFromZero);
        }

        return string.Create(CultureInfo.InvariantCulture, $"#{mixed[0]:x2}{mixed[1]:x2}{mixed[2]:x2}");
    }

    private static int Channel(string colour, int index) => int.Parse(colour.AsSpan(1 + (2 * index), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
