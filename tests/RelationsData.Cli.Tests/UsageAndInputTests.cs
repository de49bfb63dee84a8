namespace RelationsData.Cli.Tests;

/// <summary>What a new user meets first: the verbs with no arguments, messages for bad input, and ids in any case.</summary>
public class UsageAndInputTests
{
    [Fact]
    public void No_verb_lists_every_verb_with_an_example()
    {
        var result = Cli.RunAt(80);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.All(RelationsCommand.Create().Subcommands, verb => Assert.Contains($"  {verb.Name} ", result.Output));
        Assert.All(RelationsCommand.Create().Subcommands, verb => Assert.Contains(verb.Description!, Cli.Flatten(result.Output)));
        Assert.Contains("e.g. relations on 1998-06-01", result.Output);
        Assert.Contains("e.g. relations show friendship-treaty-1997", result.Output);
        Assert.Equal(RelationsCommand.Create().Subcommands.Count, result.Output.Split("e.g. relations ").Length - 1);
    }

    [Fact]
    public void Chart_asks_for_a_year_in_words()
    {
        var result = Cli.Run("chart", "--out", "unused.svg", "--from", "abc");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--from: 'abc' is not a year: give a year such as 2020.", result.Error);
        Assert.DoesNotContain("System.Int32", result.Error);
    }

    [Fact]
    public void A_malformed_date_is_reported_once()
    {
        var result = Cli.Run("timeline", "--from", "20200101");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Error, "'20200101'"));
        Assert.Contains("YYYY-MM-DD", result.Error);
    }

    [Fact]
    public void Ids_match_in_any_case()
    {
        var byActor = Cli.Run("timeline", "--actor", "Russia");
        var shown = Cli.Run("show", "FRIENDSHIP-TREATY-1997");

        Assert.Equal(0, byActor.ExitCode);
        Assert.Equal(Cli.Run("timeline", "--actor", "russia").Output, byActor.Output);
        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(Cli.Run("show", "friendship-treaty-1997").Output, shown.Output);
    }
}
