using System.Linq;
using static RelationsData.Generators.Tests.DiagnosticAssert;

namespace RelationsData.Generators.Tests.Corpus;

/// <summary>Inputs the generator accepts on purpose, and the words of the messages the corpus checks only by position.</summary>
public sealed class AcceptedOnPurposeTests
{
    [Fact]
    public void Line_separator_in_a_title_is_text_as_in_YAML_1_2()
    {
        var run = RunEvent(("title: E", "title: E\u2028second line"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors);
        Assert.Contains("E\\u2028second line", run.Source("Fixture.Events.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Line_separator_keeps_later_positions_right()
    {
        var run = RunEvent(("title: E", "title: E\u2028more"), ("tone: -5", "tone: 11"));
        Reported(run, "RD0013", 9, 11);
    }

    [Fact]
    public void Spaces_around_a_date_are_trimmed_as_DateRange_Parse_trims_them()
    {
        var run = RunEvent(("when: 2020-09-27/2020-11-10", "when: \" 2021 / 2022 \""));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("When: 2021/2022", run.Source("Fixture.Events.g.cs"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tone: -5", "tone: \"5\"", "RD0005", "found '5' in quotes, which makes it text; write it without quotes")]
    [InlineData("tone: -5", "tone: 99999999999", "RD0013", "is 99999999999, outside the allowed range -10 to 10")]
    [InlineData("dimensions: [security]", "dimensions: [on]", "RD0008", "('on' is a boolean only in YAML 1.1; YAML 1.2 reads it as text)")]
    [InlineData("dimensions: [security]", "dimensions: *d", "RD0001", "aliases (*d) are not supported")]
    [InlineData("    title: E", "    <<: *base\n    title: E", "RD0001", "merge keys (<<) are not supported")]
    [InlineData("tone: -5", "tone: !!str 5", "RD0001", "explicit tags (tag:yaml.org,2002:str) are not supported")]
    [InlineData("title: E", "title: E\u0007", "RD0021", "U+0007 (a control character) is not allowed")]
    [InlineData("id: e1", "id: to-string", "RD0015", "becomes the member name 'ToString', which every class inherits from System.Object")]
    public void Message_names_the_cause(string find, string replace, string id, string fragment)
    {
        var run = RunEvent((find, replace));
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(id, error.Id);
        Assert.Contains(fragment, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amount: 3", "amount: 1e40", "outside the allowed range -79228162514264337593543950335 to 79228162514264337593543950335")]
    [InlineData("population: 2", "population: 99999999999999999999", "outside the allowed range -9223372036854775808 to 9223372036854775807")]
    [InlineData("    rank: 1", "    verified: yes\n    rank: 1", "found 'yes', a boolean only in YAML 1.1; write true or false")]
    public void Message_names_the_cause_for_each_kind_of_number_and_boolean(string find, string replace, string fragment)
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("test.yaml", MalformedCorpus.Sample.Replace(find, replace, System.StringComparison.Ordinal)));
        var error = Assert.Single(run.Diagnostics);
        Assert.Contains(fragment, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private static GeneratorRun RunEvent(params (string Find, string Replace)[] edits)
    {
        var yaml = edits.Aggregate(MalformedCorpus.Event, (text, edit) => text.Replace(edit.Find, edit.Replace, System.StringComparison.Ordinal));
        return GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("test.yaml", yaml));
    }
}
