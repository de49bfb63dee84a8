using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Tests;

/// <summary>The JSON Schema the generator writes for editors: checked with a real validator against real and broken YAML.</summary>
public sealed class JsonSchemaTests
{
    private const string Treaty = """

        treaties:
          - id: friendship-treaty
            title: Friendship treaty
            summary: A treaty of friendship.
            dimensions: [political, security]
            kind: treaty
            parties: [azerbaijan, russia]
            signed: 1997-07-03
            inForce: 1998/..
            status: inForce
            obligations: [nonInterference, consultation]
            citations: [{ source: report, locator: "[1]" }]
        """;

    private static readonly Lazy<JsonSchema> Shipped = new(() => JsonSchema.FromText(RelationsJsonSchema.Text));

    [Fact]
    public void Shipped_schema_file_is_what_the_generator_emits()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "relationsdata.schema.json");
        var received = Path.Combine(RepositoryPaths.Root, "docs", "relationsdata.schema.received.json");
        if (File.Exists(path) && File.ReadAllText(path) == RelationsJsonSchema.Text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, RelationsJsonSchema.Text);
        Assert.Fail($"docs/relationsdata.schema.json is not what the generator emits. Review {received} and move it over the committed file (or run: relations schema --out docs/relationsdata.schema.json).");
    }

    [Fact]
    public void Every_shipped_data_file_is_valid()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "data"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var problems = files.SelectMany(file => Errors(Shipped.Value, File.ReadAllText(file)).Select(error => Path.GetFileName(file) + " " + error)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("dimensions: [political, security]", "dimensions: political")]
    [InlineData("signed: 1997-07-03", "signed: 1997~")]
    [InlineData("inForce: 1998/..", "inForce: 1998")]
    [InlineData("inForce: 1998/..", "inForce: 1998-01-01/2000-02~")]
    public void A_valid_file_passes_both_the_schema_and_the_build(string text, string variant)
    {
        // The comment line that points editors at the schema is a comment to the build.
        var yaml = "# yaml-language-server: $schema=../docs/relationsdata.schema.json\n" + GeneratorHarness.BaseYaml
            + (text.Length == 0 ? Treaty : Treaty.Replace(text, variant, StringComparison.Ordinal));

        Assert.Empty(Errors(Shipped.Value, yaml));
        Assert.Empty(GeneratorHarness.Run(("treaty.yaml", yaml)).Diagnostics);
    }

    [Theory]
    [InlineData("status: inForce", "status: ratified", "/treaties/0/status")]
    [InlineData("dimensions: [political, security]", "dimensions: [political, warfare]", "/treaties/0/dimensions/1")]
    [InlineData("dimensions: [political, security]", "dimensions: { political: true }", "/treaties/0/dimensions")]
    [InlineData("    title: Friendship treaty\n", "", "/treaties/0")]
    [InlineData("parties: [azerbaijan, russia]", "parties: []", "/treaties/0/parties")]
    [InlineData("signed: 1997-07-03", "signed: 1997-13-03", "/treaties/0/signed")]
    [InlineData("signed: 1997-07-03", "signed: 97", "/treaties/0/signed")]
    [InlineData("inForce: 1998/..", "inForce: 1998/", "/treaties/0/inForce")]
    [InlineData("status: inForce", "status: inForce\n    colour: red", "/treaties/0/colour")]
    [InlineData("treaties:", "treatys:", "/treatys")]
    public void A_broken_file_fails_the_schema_where_it_fails_the_build(string valid, string broken, string location)
    {
        var yaml = GeneratorHarness.BaseYaml + Treaty.Replace(valid, broken, StringComparison.Ordinal);
        Assert.NotEqual(GeneratorHarness.BaseYaml + Treaty, yaml);

        var errors = Errors(Shipped.Value, yaml);

        Assert.Contains(errors, error => error.StartsWith(location + ":", StringComparison.Ordinal));
        Assert.Contains(GeneratorHarness.Run(("treaty.yaml", yaml)).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Date_patterns_accept_what_the_date_grammar_accepts()
    {
        var definitions = JsonDocument.Parse(RelationsJsonSchema.Text).RootElement.GetProperty("$defs");
        var date = new Regex(Pattern(definitions.GetProperty("PartialDate")));
        var range = new Regex(Pattern(definitions.GetProperty("DateRange")));
        var dates =
            from year in new[] { "0000", "0001", "1997", "9999", "199", "19970", "19x7" }
            from month in new[] { "", "-00", "-01", "-02", "-12", "-13", "-1" }
            from day in month.Length == 0 ? new[] { "" } : new[] { "", "-00", "-01", "-29", "-30", "-31", "-32", "-1" }
            from approximate in new[] { "", "~" }
            select (Text: year + month + day + approximate, DayOfSomeMonth: day is "-29" or "-30" or "-31");

        foreach (var (text, dayOfSomeMonth) in dates.Concat([("", false), ("~", false), ("1997~~", false), ("1997-07-03T00", false)]))
        {
            // The patterns leave out only one check, which the build makes: whether a day from 29 to 31 exists in its month.
            var parses = PartialDateText.TryParseDate(text, out _, out var error);
            var missingDay = !parses && dayOfSomeMonth && error!.Contains("does not exist", StringComparison.Ordinal);
            Assert.True(date.IsMatch(text) == (parses || missingDay), text);
        }

        foreach (var text in new[] { "1991/..", "1991-12/2025-01-02~", "2020", "1991/", "/..", "1991/../..", "1991..", "1991/2000/2001" })
        {
            Assert.True(range.IsMatch(text) == PartialDateText.TryParseRange(text, out _, out _), text);
        }
    }

    [Fact]
    public void A_users_own_record_type_gets_a_schema_of_its_own()
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("samples.yaml", Fixtures.SampleYaml));
        Assert.Empty(run.CompileErrors);
        var text = GeneratedSchema(run, "Fixture");
        Snapshot.Verify("Fixture.DatasetJsonSchema", "json", text);
        var schema = JsonSchema.FromText(text);

        Assert.Empty(Errors(schema, Fixtures.SampleYaml));
        Assert.Contains(Errors(schema, Fixtures.SampleYaml.Replace("colour: green", "colour: purple", StringComparison.Ordinal)), e => e.StartsWith("/samples/0/colour:", StringComparison.Ordinal));
        Assert.Contains(Errors(schema, GeneratorHarness.BaseYaml), e => e.StartsWith("/sources:", StringComparison.Ordinal));
    }

    [Fact]
    public void Descriptions_come_from_the_record_types_doc_summaries()
    {
        const string types = """
            using RelationsData;

            namespace Fixture;

            /// <summary>A bridge over a <see cref="T:System.String">river</see>, as a <c>record</c>.</summary>
            public sealed record Bridge : IRecord
            {
                /// <summary>Gets the id, such as <c>old-bridge</c>.</summary>
                public required string Id { get; init; }

                /// <summary>
                /// Gets the <see cref="Bridge"/> it replaced,
                /// or <see langword="null"/>.
                /// </summary>
                [References(typeof(Bridge))]
                public string? Replaces { get; init; }

                public PartialDate? Opened { get; init; }
            }

            [DatasetTable("bridges", typeof(Bridge))]
            public static partial class Bridges;
            """;
        var run = GeneratorHarness.Run(types, ("bridges.yaml", "bridges:\n  - { id: old-bridge, opened: 1566 }\n"));
        Assert.Empty(run.Diagnostics);
        var bridge = JsonDocument.Parse(GeneratedSchema(run, "Fixture")).RootElement.GetProperty("$defs").GetProperty("Bridge");
        var properties = bridge.GetProperty("properties");

        Assert.Equal("A bridge over a river, as a record.", bridge.GetProperty("description").GetString());
        Assert.Equal("The id, such as old-bridge.", properties.GetProperty("id").GetProperty("description").GetString());
        Assert.Equal("The Bridge it replaced, or null.", properties.GetProperty("replaces").GetProperty("description").GetString());
        Assert.False(properties.GetProperty("opened").TryGetProperty("description", out _));
        Assert.Equal(["id"], bridge.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Descriptions_name_references_as_the_compiler_binds_them_and_positional_properties_read_their_param()
    {
        const string types = """
            using RelationsData;

            namespace Fixture;

            /// <summary>A bridge.</summary>
            /// <param name="River">Gets the river it crosses, named as on <see cref="Id"/>'s map.</param>
            public sealed record Bridge(string River) : IRecord
            {
                public Bridge() : this(string.Empty) { }

                /// <summary>Gets the id.</summary>
                public required string Id { get; init; }

                /// <summary>Gets its spans, an <see cref="int"/> &amp; at least <see cref="System.Int32.MinValue"/>.</summary>
                public int Spans { get; init; }
            }

            [DatasetTable("bridges", typeof(Bridge))]
            public static partial class Bridges;
            """;
        var run = GeneratorHarness.Run(types, ("bridges.yaml", "bridges:\n  - { id: old-bridge, river: Neretva, spans: 1 }\n"));
        Assert.Empty(run.Diagnostics);
        var properties = JsonDocument.Parse(GeneratedSchema(run, "Fixture")).RootElement.GetProperty("$defs").GetProperty("Bridge").GetProperty("properties");

        Assert.Equal("The river it crosses, named as on Id's map.", properties.GetProperty("river").GetProperty("description").GetString());
        Assert.Equal("Its spans, an Int32 & at least MinValue.", properties.GetProperty("spans").GetProperty("description").GetString());
    }

    /// <summary>The schema text the generated class holds, as the compiler sees the constant.</summary>
    private static string GeneratedSchema(GeneratorRun run, string assemblyName)
    {
        var type = run.Output.GetTypeByMetadataName("RelationsData.Generated." + assemblyName + ".DatasetJsonSchema");
        Assert.NotNull(type);
        return (string)type.GetMembers("Text").OfType<IFieldSymbol>().Single().ConstantValue!;
    }

    private static string Pattern(JsonElement definition) =>
        definition.GetProperty("anyOf").EnumerateArray().Single(e => e.TryGetProperty("pattern", out _)).GetProperty("pattern").GetString()!;

    /// <summary>Each error the validator finds in the YAML, as "instance location: message".</summary>
    private static List<string> Errors(JsonSchema schema, string yaml)
    {
        var results = schema.Evaluate(YamlAsJson.Read(yaml), new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = Failures(results).ToList();
        Assert.Equal(results.IsValid, errors.Count == 0);
        return errors;
    }

    /// <summary>The errors of a failed evaluation and of its failed parts; a branch that failed inside a passing <c>anyOf</c> is no error of the file.</summary>
    private static IEnumerable<string> Failures(EvaluationResults node) =>
        node.IsValid
            ? []
            : (node.Errors ?? new Dictionary<string, string>()).Select(e => node.InstanceLocation + ": " + e.Value).Concat((node.Details ?? []).SelectMany(Failures));
}
