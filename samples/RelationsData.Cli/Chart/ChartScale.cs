using System.Globalization;
using NodaTime;

namespace RelationsData.Cli.Chart;

/// <summary>Where days fall across the chart, and the few measures of text the layout needs.</summary>
internal sealed class ChartScale(int firstYear, int lastYear, double left, double right)
{
    // DejaVu Sans averages a little under 0.6 em per character; overestimating keeps labels apart.
    private const double CharacterWidth = 0.6;

    public int FirstYear => firstYear;

    public int LastYear => lastYear;

    public double Left => left;

    public double Right => right;

    public DateInterval Range { get; } = new(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));

    /// <summary>The x of the start of a day, clamped to the chart.</summary>
    public double X(LocalDate day)
    {
        var clamped = LocalDate.Max(Range.Start, LocalDate.Min(day, Range.End.PlusDays(1)));
        return left + ((right - left) * Period.DaysBetween(Range.Start, clamped) / (Range.Length));
    }

    /// <summary>The x of the end of a day, clamped to the chart.</summary>
    public double XEnd(LocalDate day) => X(day.PlusDays(1));

    /// <summary>How wide a line of text is at a font size, estimated generously.</summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * CharacterWidth;

    /// <summary>A coordinate as SVG writes it: invariant, at most one decimal, so the output is the same everywhere.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
