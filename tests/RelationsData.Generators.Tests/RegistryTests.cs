using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsData.Generators.Tests;

/// <summary>
/// The generated registry is the one list of tables: a kind added to a compilation, with nothing else changed, is on the
/// dataset's timeline, in its id index, among its related facts and in every export.
/// </summary>
public sealed class RegistryTests
{
    // As the export writes text: quotes escaped, "&" and "<" left readable.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string SanctionKind = """

        public sealed record Sanction : Fact
        {
            public required PartialDate Imposed { get; init; }

            [References(typeof(Actor))]
            public System.Collections.Immutable.ImmutableArray<string> Targets { get; init; } = [];

            public override DateRange? Extent => DateRange.From(Imposed);

            public override System.Collections.Immutable.ImmutableArray<Involvement> Involvements => Involve(Targets, ActorRole.Target);
        }

        [DatasetTable("sanctions", typeof(Sanction))]
        public static partial class Sanctions;
        """;

    private const string SanctionYaml = """
        sanctions:
          - id: asset-freeze-2022
            title: An asset freeze
            summary: Assets are frozen.
            dimensions: [economic]
            imposed: 2022-03
            targets: [russia]
            citations: [{ source: report }]
        events:
          - id: talks-2022
            title: Talks
            summary: The sides talk about the freeze.
            dimensions: [political]
            when: 2022-01-15
            kind: consult
            tone: 1
            initiators: [azerbaijan]
            related: [asset-freeze-2022]
            citations: [{ source: report }]
        """;

    [Fact]
    public void A_kind_added_to_a_compilation_is_on_the_timeline_in_the_id_index_and_in_every_export()
    {
        var dataset = LoadDataset();

        Assert.Equal(new[] { "sources", "actors", "treaties", "events", "sanctions" }, dataset.Kinds.Select(k => k.Name));
        Assert.Equal(new[] { "talks-2022", "asset-freeze-2022" }, dataset.Facts.Select(f => f.Id));
        Assert.True(dataset.TryGetRecord("asset-freeze-2022", out var sanction));
        Assert.Equal("Sanction", sanction.GetType().Name);
        Assert.Equal(new[] { "talks-2022" }, dataset.RelatedFacts("asset-freeze-2022").Select(f => f.Id));
        Assert.Equal(new[] { "asset-freeze-2022" }, dataset.FactsInvolving("russia").Select(f => f.Id));
        Assert.Equal(new NodaTime.LocalDate(2024, 6, 30), dataset.AsOf);

        using var stream = new MemoryStream();
        DatasetExport.WriteJson(stream, dataset);
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("2024-06-30", json.RootElement.GetProperty("asOf").GetString());
        var exported = json.RootElement.GetProperty("sanctions").EnumerateArray().Single();
        Assert.Equal("2022-03", exported.GetProperty("imposed").GetString());
        Assert.Equal(new[] { "economic" }, exported.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(new[] { "russia" }, exported.GetProperty("targets").EnumerateArray().Select(d => d.GetString()));

        var csv = new StringWriter();
        DatasetExport.WriteCsv(csv, "sanctions", dataset);
        Assert.Equal(
            "id,title,summary,dimensions,citations,discrepancies,related,imposed,targets\r\nasset-freeze-2022,An asset freeze,Assets are frozen.,economic,report,,,2022-03,russia\r\n",
            csv.ToString());

        using var lines = new MemoryStream();
        DatasetExport.WriteJsonLines(lines, dataset);
        Assert.Contains("{\"kind\":\"sanctions\",\"record\":{\"id\":\"asset-freeze-2022\",", Encoding.UTF8.GetString(lines.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_kind_is_exported_as_the_yaml_spells_it()
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("samples.yaml", Fixtures.SampleYaml));
        var dataset = Load(run);
        Assert.Null(dataset.AsOf);

        using var stream = new MemoryStream();
        DatasetExport.WriteJson(stream, dataset);
        using var json = JsonDocument.Parse(stream.ToArray());
        var later = json.RootElement.GetProperty("samples").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "later");
        Assert.Equal(
            """{"id":"later","title":"Later: with \"quotes\" & <angles>","when":"2024-04~/..","noted":null,"verified":true,"rank":-3,"population":10000000,"amount":1.5,"colour":"green","tags":["old","new"],"places":[{"name":"Baku","latitude":40.4093}],"seeAlso":["earlier"],"quote":"Two\nlines\n"}""",
            JsonSerializer.Serialize(later, Relaxed));
    }

    private static Dataset LoadDataset()
    {
        // The fixture's tables with one more, and the assembly's as-of date.
        var tables = GeneratorHarness.Tables.Replace("namespace Fixture;", "[assembly: DatasetAsOf(2024, 6, 30)]\n\nnamespace Fixture;", StringComparison.Ordinal) + SanctionKind;
        var run = GeneratorHarness.Run(tables, ("base.yaml", GeneratorHarness.BaseYaml), ("sanctions.yaml", SanctionYaml));
        return Load(run);
    }

    private static Dataset Load(GeneratorRun run)
    {
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors);
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("registry", isCollectible: true).LoadFromStream(stream);
        var registry = assembly.GetType("RelationsData.Generated.Fixture.DatasetRegistry", throwOnError: true)!;
        return (Dataset)registry.GetProperty("Dataset")!.GetValue(null)!;
    }
}
