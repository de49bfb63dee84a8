using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace RelationsData.Cli.Tests;

/// <summary>
/// At 80 and 120 columns the tables fit the terminal, ids and dates are never broken (so they can be copied into
/// <c>relations show</c>), and titles wrap between words; <c>--wide</c> keeps every title on one line.
/// </summary>
public class TerminalWidthTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Treaties_fit_the_width_with_whole_ids_dates_and_words(int columns)
    {
        var result = Cli.RunAt(columns, "treaties");

        Assert.Equal(0, result.ExitCode);
        AssertFits(result.Output, columns);
        Assert.All(Treaties.All, t => AssertWhole(result.Output, t.Id));
        Assert.All(Treaties.All, t => AssertWhole(result.Output, t.Signed.ToString()));
        AssertWordsWhole(result.Output, Treaties.All.SelectMany(t => Words(t.Title)));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Timeline_fits_the_width_with_whole_ids_dates_and_words(int columns)
    {
        var result = Cli.RunAt(columns, "timeline");

        Assert.Equal(0, result.ExitCode);
        AssertFits(result.Output, columns);
        Assert.All(RelationsDataset.Facts, f => AssertWhole(result.Output, f.Id));
        Assert.All(RelationsDataset.Facts.Where(f => f.Extent is not null), f => AssertWhole(result.Output, f.Extent!.Value.Start.ToString()));
        AssertWordsWhole(result.Output, RelationsDataset.Facts.SelectMany(f => Words(f.Title)));
    }

    [Theory]
    [InlineData(80, "1998-06-01")]
    [InlineData(120, "1998-06-01")]
    [InlineData(80, "2021-06-01")]
    [InlineData(120, "2021-06-01")]
    public void On_fits_the_width_with_whole_ids_dates_and_words(int columns, string date)
    {
        var result = Cli.RunAt(columns, "on", date);
        var facts = FactsOn(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(facts);
        AssertFits(result.Output, columns);
        Assert.All(facts, f => AssertWhole(result.Output, f.Id));
        Assert.All(facts, f => AssertWhole(result.Output, f.Extent!.Value.Start.ToString()));
        AssertWordsWhole(result.Output, facts.SelectMany(f => Words(f.Title)));
    }

    [Theory]
    [InlineData("treaties")]
    [InlineData("timeline")]
    [InlineData("on", "1998-06-01")]
    public void Wide_prints_every_title_on_one_line(string verb, string? date = null)
    {
        var result = Cli.RunAt(80, date is null ? [verb, "--wide"] : [verb, date, "--wide"]);
        var lines = result.Output.Split('\n');

        Assert.Equal(0, result.ExitCode);
        var titles = verb switch
        {
            "treaties" => Treaties.All.Select(t => t.Title),
            "on" => FactsOn(NodaTime.Text.LocalDatePattern.Iso.Parse(date!).Value).Select(f => f.Title),
            _ => RelationsDataset.Facts.Select(f => f.Title),
        };
        Assert.All(titles, title => Assert.Contains(lines, line => line.Contains(title, StringComparison.Ordinal)));
    }

    /// <summary>The facts <c>relations on</c> lists for a day, found here from the dataset rather than from its output.</summary>
    private static List<Fact> FactsOn(NodaTime.LocalDate day) =>
    [
        .. Eras.All.ActiveOn(day),
        .. Memberships.All.ActiveOn(day),
        .. Treaties.All.Where(t => t.StandingOn(day) != TreatyStanding.NotInForce),
        .. Events.All.ActiveOn(day).Where(e => !e.When.IsSingleDate),
        .. Corridors.All.ActiveOn(day),
    ];

    private static void AssertFits(string output, int columns)
    {
        var tooLong = output.Split('\n').Where(line => line.TrimEnd().Length > columns).ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    /// <summary>The text appears with neither a letter, digit nor hyphen right before or after it, so not cut off.</summary>
    private static void AssertWhole(string output, string text) =>
        Assert.Matches(new Regex($@"(?<![\w-]){Regex.Escape(text)}(?![\w-])"), output);

    /// <summary>Every word appears whole between spaces or line ends: a word split across lines would not.</summary>
    private static void AssertWordsWhole(string output, IEnumerable<string> words)
    {
        var tokens = output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var broken = words.Distinct(StringComparer.Ordinal).Where(w => !tokens.Contains(w)).ToList();
        Assert.True(broken.Count == 0, "words broken or missing: " + string.Join(", ", broken));
    }

    private static string[] Words(string title) => title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
