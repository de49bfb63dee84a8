using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NodaTime;

namespace RelationsData.Cli.Tests;

public sealed class ChartTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly (Dimensions Flag, string Name)[] Lanes =
        [(Dimensions.Political, "political"), (Dimensions.Economic, "economic"), (Dimensions.Security, "security")];

    private readonly string file = Cli.TemporaryFile("timeline.svg");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

    [Fact]
    public void Chart_writes_an_svg_with_a_lane_per_dimension()
    {
        var svg = Render();

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        var lanes = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lane").ToList();
        Assert.Equal(["political", "economic", "security"], lanes.Select(l => (string?)l.Attribute("data-dimension")));
    }

    [Fact]
    public void Chart_draws_every_event_of_1991_to_2025_in_the_lane_of_each_of_its_dimensions()
    {
        var svg = Render();
        var range = new DateInterval(new LocalDate(1991, 1, 1), new LocalDate(2025, 12, 31));

        var drawn = svg.Descendants(Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "event")
            .Select(g => (Id: (string)g.Attribute("data-id")!, Lane: (string)g.Parent!.Attribute("data-dimension")!))
            .Order()
            .ToList();
        var expected = Events.All.Overlapping(range)
            .SelectMany(e => Lanes.Where(lane => e.Dimensions.HasFlag(lane.Flag)).Select(lane => (e.Id, Lane: lane.Name)))
            .Order()
            .ToList();
        Assert.Equal(expected, drawn);
        Assert.DoesNotContain(drawn, d => d.Id == "soviet-takeover-1920");
    }

    [Fact]
    public void Chart_shows_the_report_periods_as_bands_and_memberships_and_presences_as_bars()
    {
        var svg = Render();
        var ids = svg.Descendants(Svg + "g").Select(g => ((string?)g.Attribute("class"), (string?)g.Attribute("data-id"))).ToList();

        Assert.Contains(("era-band", "era-decisive-phase-2020-2024"), ids);
        Assert.Contains(("membership", "cis-accession-1993"), ids);
        Assert.Contains(("corridor", "btc-pipeline"), ids);
        Assert.Contains(("event", "russian-peacekeeping-deployment"), ids);
        Assert.Contains(("treaty", "friendship-treaty-1997"), ids);
    }

    [Fact]
    public void Chart_output_is_the_same_every_time()
    {
        Assert.Equal(0, Cli.Run("chart", "--out", file).ExitCode);
        var first = File.ReadAllBytes(file);
        Assert.Equal(0, Cli.Run("chart", "--out", file).ExitCode);

        Assert.Equal(first, File.ReadAllBytes(file));
    }

    [Fact]
    public void The_chart_in_the_docs_is_what_chart_draws_today()
    {
        Assert.Equal(0, Cli.Run("chart", "--out", file).ExitCode);

        // On a change: relations chart --out docs/timeline.svg, then rsvg-convert -o docs/timeline.png docs/timeline.svg.
        Assert.True(
            File.ReadAllText(file) == File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "timeline.svg")),
            "docs/timeline.svg is out of date: redraw it and docs/timeline.png (see this test).");
    }

    [Fact]
    public void Chart_needs_an_output_file_and_years_in_order()
    {
        Assert.Equal(1, Cli.Run("chart").ExitCode);
        var result = Cli.Run("chart", "--out", file, "--from", "2020", "--to", "2010");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--to 2010 is before --from 2020", result.Error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Chart_reports_a_file_it_cannot_write()
    {
        var result = Cli.Run("chart", "--out", Path.Combine(file, "no-such-folder", "timeline.svg"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Cannot write", result.Error, StringComparison.Ordinal);
    }

    private XDocument Render()
    {
        var result = Cli.Run("chart", "--out", file);
        Assert.Equal(0, result.ExitCode);
        return XDocument.Load(file);
    }
}
