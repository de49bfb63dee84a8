using System.Linq;

namespace RelationsData.Cli.Tests;

public class OnAndTimelineTests
{
    [Fact]
    public void On_lists_the_memberships_that_held_that_day()
    {
        var result = Cli.Run("on", "1998-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Commonwealth of Independent States", result.Output);
        Assert.Contains("cis-accession-1993", result.Output);
        Assert.Contains("GUAM", result.Output);
        Assert.Contains("guam-founding-1997", result.Output);
        Assert.DoesNotContain("nam-membership-2011", result.Output);
    }

    [Fact]
    public void On_lists_presences_and_treaties_in_force()
    {
        var result = Cli.Run("on", "2022-03-01");

        Assert.Contains("russian-peacekeeping-deployment", result.Output);
        Assert.Contains("diplomatic-relations-1992", result.Output);
        Assert.Contains("btc-pipeline", result.Output);
    }

    [Fact]
    public void On_and_timeline_say_the_date_the_data_is_current_to()
    {
        Assert.Contains("(data as of 2025-12-31)", Cli.Run("on", "2022-03-01").Output);
        Assert.Contains("facts, data as of 2025-12-31", Cli.Run("timeline", "--from", "2024").Output);
    }

    [Fact]
    public void Export_as_json_lines_writes_one_record_per_line_with_its_kind()
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), System.IO.Path.GetRandomFileName());
        try
        {
            Assert.Equal(0, Cli.Run("export", "--format", "jsonl", "--out", file).ExitCode);
            var lines = System.IO.File.ReadAllLines(file);
            Assert.Equal(RelationsDataset.Records.Length, lines.Length);
            Assert.StartsWith("{\"kind\":\"sources\",\"record\":{\"id\":", lines[0], System.StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }

    [Theory]
    [InlineData("1998-13-01")]
    [InlineData("1998")]
    [InlineData("yesterday")]
    public void On_rejects_anything_but_a_day(string day)
    {
        var result = Cli.Run("on", day);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"'{day}' is not a day", result.Error);
    }

    [Fact]
    public void Timeline_keeps_facts_that_share_a_day_with_the_range_in_the_dimension()
    {
        var result = Cli.Run("timeline", "--from", "2023", "--to", "2023-12", "--dimension", "security");

        Assert.Equal(0, result.ExitCode);
        var expected = RelationsDataset.Facts
            .Overlapping(new NodaTime.DateInterval(new NodaTime.LocalDate(2023, 1, 1), new NodaTime.LocalDate(2023, 12, 31)))
            .InDimensions(Dimensions.Security)
            .Select(f => f.Id)
            .ToList();
        Assert.Contains("karabakh-operation-2023", expected);
        Assert.All(expected, id => Assert.Contains(id, result.Output));
        Assert.DoesNotContain("russian-imports-rise-2023", result.Output);
        Assert.Contains($"{expected.Count} facts", result.Output);

        // Date order: the output lists the ids in the order of the dataset's timeline.
        var positions = expected.Select(id => result.Output.IndexOf(id, System.StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Timeline_filters_by_actor()
    {
        var result = Cli.Run("timeline", "--actor", "socar");

        Assert.Equal(0, result.ExitCode);
        Assert.All(RelationsDataset.FactsInvolving("socar"), f => Assert.Contains(f.Id, result.Output));
        Assert.Contains($"{RelationsDataset.FactsInvolving("socar").Count()} facts", result.Output);
    }

    [Theory]
    [InlineData("--from", "1997-02-30", "'1997-02-30' does not exist")]
    [InlineData("--dimension", "cultural", "'cultural' is not a dimension")]
    [InlineData("--actor", "narnia", "No actor has the id 'narnia'")]
    public void Timeline_rejects_bad_input_with_a_message(string option, string value, string message)
    {
        var result = Cli.Run("timeline", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Timeline_rejects_a_range_that_ends_before_it_starts()
    {
        var result = Cli.Run("timeline", "--from", "2000", "--to", "1999");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--to 1999 is before --from 2000", result.Error);
    }
}
