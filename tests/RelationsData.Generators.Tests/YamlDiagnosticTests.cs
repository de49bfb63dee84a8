using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using RelationsData.Generators.Tests.Corpus;
using static RelationsData.Generators.Tests.DiagnosticAssert;

namespace RelationsData.Generators.Tests;

/// <summary>Every kind of bad YAML gives an error with its id, the YAML line and column, and a message naming the field and the expected form.</summary>
public sealed class YamlDiagnosticTests
{
    // Line numbers in the tests below refer to the corpus templates (Corpus/MalformedCorpus.cs); line 1 is the table key.
    private const string Treaty = MalformedCorpus.Treaty;

    private const string Event = MalformedCorpus.Event;

    [Fact]
    public void Valid_templates_report_nothing()
    {
        var run = RunWith(Treaty + "\n" + Event.Replace("events:\n", string.Empty, System.StringComparison.Ordinal).Insert(0, "events:\n"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void Syntax_error_is_RD0001_at_the_offending_character()
    {
        var run = RunWith(Treaty.Replace("title: T", "title: T: U", System.StringComparison.Ordinal));
        Reported(run, "RD0001", 3, 13, "test.yaml", "YAML syntax error");
    }

    [Fact]
    public void Unknown_top_level_key_is_RD0002_with_a_suggestion()
    {
        var run = RunWith(Treaty.Replace("treaties:", "treatys:", System.StringComparison.Ordinal));
        Reported(run, "RD0002", 1, 1, "'treatys' is not a table", "did you mean 'treaties'?", "actors, events, sources, treaties");
    }

    [Fact]
    public void Unknown_field_is_RD0003_with_a_suggestion()
    {
        var run = RunWith(Treaty.Replace("    signed: 1997", "    signed: 1997\n    obligatons: [consultation]", System.StringComparison.Ordinal));
        Reported(run, "RD0003", 9, 5, "record 't1' in treaties has no field 'obligatons'", "did you mean 'obligations'?");
    }

    [Fact]
    public void Missing_required_field_is_RD0004_at_the_record()
    {
        var run = RunWith(Treaty.Replace("    status: inForce\n", string.Empty, System.StringComparison.Ordinal));
        Reported(run, "RD0004", 2, 5, "record 't1' in treaties is missing the required field 'status'", "one of inForce, signed");
    }

    [Fact]
    public void Value_of_the_wrong_type_is_RD0005_naming_the_expected_form()
    {
        var run = RunWith(Treaty.Replace("parties: [azerbaijan, russia]", "parties: azerbaijan", System.StringComparison.Ordinal));
        Reported(run, "RD0005", 7, 14, "field 'parties' of record 't1' in treaties expects a list of the id of a Actor", "found 'azerbaijan'");
    }

    [Fact]
    public void Text_where_a_number_belongs_is_RD0005()
    {
        var run = RunWith(Event.Replace("tone: -5", "tone: hostile", System.StringComparison.Ordinal));
        Reported(run, "RD0005", 8, 11, "field 'tone'", "expects a whole number", "found 'hostile'");
    }

    [Theory]
    [InlineData("1997-02-30", "1997-02 has 28 days")]
    [InlineData("2023-02-29", "2023-02 has 28 days")]
    [InlineData("1997-13", "months run from 01 to 12")]
    [InlineData("97", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("July 1997", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    public void Invalid_or_impossible_date_is_RD0006(string date, string reason)
    {
        var run = RunWith(Treaty.Replace("signed: 1997", "signed: " + date, System.StringComparison.Ordinal));
        Reported(run, "RD0006", 8, 13, "field 'signed' of record 't1' in treaties is not a valid date", reason);
    }

    [Fact]
    public void Leap_day_in_a_leap_year_is_valid()
    {
        var run = RunWith(Treaty.Replace("signed: 1997", "signed: 2024-02-29", System.StringComparison.Ordinal));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void End_before_start_is_RD0007()
    {
        var run = RunWith(Event.Replace("2020-09-27/2020-11-10", "2020-11/2020-10", System.StringComparison.Ordinal));
        Reported(run, "RD0007", 6, 11, "field 'when' of record 'e1' in events ends before it starts: '2020-11/2020-10'");
    }

    [Fact]
    public void Range_ending_inside_its_start_year_is_valid()
    {
        // "2020/2020-03" ends on 2020-03-31, after 2020-01-01, the first day "2020" can mean.
        var run = RunWith(Event.Replace("2020-09-27/2020-11-10", "2020/2020-03", System.StringComparison.Ordinal));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Unknown_enum_value_is_RD0008_listing_the_allowed_values()
    {
        var run = RunWith(Treaty.Replace("kind: treaty", "kind: treatie", System.StringComparison.Ordinal));
        Reported(run, "RD0008", 6, 11, "'treatie', which is not a TreatyKind", "did you mean 'treaty'?", "allowed values: treaty, agreement, declaration");
    }

    [Fact]
    public void Unknown_flag_in_a_list_is_RD0008_at_that_item()
    {
        var run = RunWith(Treaty.Replace("dimensions: [political]", "dimensions: [political, cultural]", System.StringComparison.Ordinal));
        Reported(run, "RD0008", 5, 29, "'cultural', which is not a Dimensions", "allowed values: none, political, economic, security");
    }

    [Fact]
    public void Duplicate_id_across_files_is_RD0009_at_the_later_file()
    {
        var run = GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("a.yaml", Treaty), ("b.yaml", Treaty));
        Reported(run, "RD0009", 2, 9, "b.yaml: id 't1' is already used in a.yaml at line 2");
        Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void Duplicate_id_across_tables_is_RD0009()
    {
        var run = RunWith(Treaty.Replace("id: t1", "id: russia", System.StringComparison.Ordinal));
        Reported(run, "RD0009", 2, 9, "id 'russia' is already used in base.yaml");
    }

    [Fact]
    public void Reference_to_an_unknown_id_is_RD0010_with_a_suggestion()
    {
        var run = RunWith(Treaty.Replace("[azerbaijan, russia]", "[azerbaijan, rusia]", System.StringComparison.Ordinal));
        Reported(run, "RD0010", 7, 27, "field 'parties' of record 't1' in treaties refers to 'rusia', but no Actor has that id", "did you mean 'russia'?");
    }

    [Fact]
    public void Reference_to_a_record_of_the_wrong_type_is_RD0010()
    {
        var run = RunWith(Treaty.Replace("[azerbaijan, russia]", "[azerbaijan, report]", System.StringComparison.Ordinal));
        Reported(run, "RD0010", 7, 27, "refers to 'report', but no Actor has that id (it is a record in sources)");
    }

    [Fact]
    public void Record_with_no_citation_is_RD0011()
    {
        var run = RunWith(Treaty.Replace("citations: [{ source: report }]", "citations: []", System.StringComparison.Ordinal));
        Reported(run, "RD0011", 10, 16, "field 'citations' of record 't1' in treaties needs at least 1 item(s) but has 0");
    }

    [Fact]
    public void Record_without_a_citations_key_is_RD0004()
    {
        var run = RunWith(Treaty.Replace("    citations: [{ source: report }]", string.Empty, System.StringComparison.Ordinal));
        Reported(run, "RD0004", 2, 5, "missing the required field 'citations'");
    }

    [Fact]
    public void Citation_to_an_unknown_source_is_RD0010_naming_the_source_type()
    {
        var run = RunWith(Treaty.Replace("source: report", "source: nosuch", System.StringComparison.Ordinal));
        Reported(run, "RD0010", 10, 27, "field 'source' of record 't1' in treaties refers to 'nosuch', but no Source has that id");
    }

    [Fact]
    public void Invalid_id_is_RD0012()
    {
        var run = RunWith(Treaty.Replace("id: t1", "id: Treaty_1", System.StringComparison.Ordinal));
        Reported(run, "RD0012", 2, 9, "id 'Treaty_1' is not valid");
    }

    [Fact]
    public void Number_out_of_range_is_RD0013()
    {
        var run = RunWith(Event.Replace("tone: -5", "tone: 11", System.StringComparison.Ordinal));
        Reported(run, "RD0013", 8, 11, "field 'tone' of record 'e1' in events is 11, outside the allowed range -10 to 10");
    }

    [Fact]
    public void Duplicate_key_is_RD0014()
    {
        var run = RunWith(Treaty.Replace("    signed: 1997", "    signed: 1997\n    signed: 1998", System.StringComparison.Ordinal));
        Reported(run, "RD0014", 9, 5, "key 'signed' appears more than once");
    }

    [Fact]
    public void Id_that_becomes_a_generated_member_name_is_RD0015()
    {
        var run = RunWith(Treaty.Replace("id: t1", "id: all", System.StringComparison.Ordinal));
        Reported(run, "RD0015", 2, 9, "id 'all' becomes the member name 'All', which is reserved");
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_keep_lines_and_columns_right()
    {
        var yaml = Treaty.Replace("kind: treaty", "kind: treatie", System.StringComparison.Ordinal).Replace("\n", "\r\n", System.StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(yaml)).ToArray();
        var run = RunFiles(YamlText.FromBytes("test.yaml", bytes));
        Reported(run, "RD0008", 6, 11, "'treatie'");
    }

    [Fact]
    public void Byte_order_mark_kept_as_a_character_keeps_first_line_columns_right()
    {
        var run = GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("test.yaml", "\uFEFFtreatys:\n  - id: t1\n"));
        Reported(run, "RD0002", 1, 2, "'treatys'");
    }

    [Fact]
    public void Errors_point_into_the_yaml_file()
    {
        var run = RunWith(Treaty.Replace("kind: treaty", "kind: treatie", System.StringComparison.Ordinal));
        var diagnostic = Reported(run, "RD0008", 6, 11);
        Assert.Equal("/data/test.yaml", diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n...\n")]
    [InlineData("treaties:\n")]
    [InlineData("treaties: []\n")]
    public void Empty_files_and_tables_are_fine(string yaml)
    {
        var run = RunWith(yaml);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("- just\n- a list\n", "RD0005")]
    [InlineData("treaties: {}\n", "RD0005")]
    [InlineData("treaties:\n  - 42\n", "RD0005")]
    [InlineData("treaties: [\n", "RD0001")]
    [InlineData("a: &x 1\nb: *x\n", "RD0001")]
    [InlineData("---\nsources: []\n---\nsources: []\n", "RD0001")]
    [InlineData("\"unterminated\n", "RD0001")]
    [InlineData("? [complex, key]\n: value\n", "RD0001")]
    public void Malformed_files_give_diagnostics_and_never_crash(string yaml, string id)
    {
        var run = RunWith(yaml);
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Contains(run.Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "RD0099");
    }

    [Fact]
    public void Record_with_an_error_is_not_emitted_but_its_id_still_resolves()
    {
        var broken = Treaty.Replace("kind: treaty", "kind: treatie", System.StringComparison.Ordinal);
        var event1 = Event.Replace("initiators: [azerbaijan]", "initiators: [azerbaijan]\n    related: [t1]", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("a.yaml", broken), ("b.yaml", event1));
        Assert.Equal(new[] { "RD0008" }, run.Diagnostics.Select(d => d.Id));
        Assert.DoesNotContain("T1", run.Source("Fixture.Treaties.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_in_one_file_does_not_cascade_into_unknown_ids_elsewhere()
    {
        var broken = "actors:\n  - id: georgia\n    name: Georgia: the state\n";
        var referring = Treaty.Replace("[azerbaijan, russia]", "[azerbaijan, georgia]", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("broken.yaml", broken), ("test.yaml", referring));
        Assert.Equal(new[] { "RD0001" }, run.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Projects_without_tables_ignore_their_yaml_files()
    {
        var run = GeneratorHarness.Run("namespace Fixture; internal static class NoTables { }", ("other.yaml", "anything: [at, all\n"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    private static GeneratorRun RunWith(string yaml) => GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("test.yaml", yaml));

    private static GeneratorRun RunFiles(AdditionalText file)
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables);
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { YamlText.From("base.yaml", GeneratorHarness.BaseYaml), file });
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }
}
