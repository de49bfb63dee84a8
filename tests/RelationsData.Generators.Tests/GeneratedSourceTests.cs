using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Tests;

/// <summary>What the generator writes, as text (snapshots) and as running code.</summary>
public sealed class GeneratedSourceTests
{
    [Fact]
    public void Sample_table_matches_its_snapshot()
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("samples.yaml", Fixtures.SampleYaml));
        Assert.Empty(run.Diagnostics);
        Snapshot.Verify("Fixture.Samples.g", "cs", run.Source("Fixture.Samples.g.cs"));
    }

    [Fact]
    public void Library_schema_tables_match_their_snapshot()
    {
        var yaml = GeneratorHarness.BaseYaml + """

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
                discrepancies:
                  - field: Signed
                    claims:
                      - { value: "1997", citations: [{ source: report }] }
                      - { value: "1997-07-03", citations: [{ source: report, locator: "[2]" }] }
                    chosen: "1997-07-03"
                    reason: The day is known.
            """;
        var run = GeneratorHarness.Run(("fixture.yaml", yaml));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors);
        Snapshot.Verify("Fixture.Treaties.g", "cs", run.Source("Fixture.Treaties.g.cs"));
    }

    [Fact]
    public void Shared_reader_matches_its_snapshot()
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("samples.yaml", Fixtures.SampleYaml));
        Snapshot.Verify("RelationsData.Generated.Fixture.DatasetReader.g", "cs", run.Source("RelationsData.Generated.Fixture.DatasetReader.g.cs"));
    }

    [Fact]
    public void Datasets_in_two_assemblies_each_use_their_own_reader()
    {
        // The first assembly shows its internals to the second: the one case where two readers of the same name would clash.
        var first = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables, "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]");
        GeneratorHarness.CreateDriver(new[] { YamlText.From("base.yaml", GeneratorHarness.BaseYaml) }).RunGeneratorsAndUpdateCompilation(first, out var firstOutput, out _);
        var second = GeneratorHarness.CreateCompilation("namespace Consumer; [RelationsData.DatasetTable(\"sources\", typeof(RelationsData.Source))] public static partial class MySources;")
            .WithAssemblyName("Consumer")
            .AddReferences(firstOutput.ToMetadataReference());

        GeneratorHarness.CreateDriver(new[] { YamlText.From("mine.yaml", "sources:\n  - { id: mine, title: Mine, kind: report }\n") }).RunGeneratorsAndUpdateCompilation(second, out var secondOutput, out _);

        Assert.Contains(firstOutput.SyntaxTrees, tree => tree.FilePath.EndsWith("RelationsData.Generated.Fixture.DatasetReader.g.cs", StringComparison.Ordinal));
        Assert.Contains(secondOutput.SyntaxTrees, tree => tree.FilePath.EndsWith("RelationsData.Generated.Consumer.DatasetReader.g.cs", StringComparison.Ordinal));
        Assert.Empty(firstOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(secondOutput.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("2nd.My-App", "_2nd_My_App")]
    [InlineData("class", "_class")]
    public void Reader_namespace_is_an_identifier_whatever_the_assembly_name(string assemblyName, string segment)
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables).WithAssemblyName(assemblyName);
        var driver = GeneratorHarness.CreateDriver(new[] { YamlText.From("base.yaml", GeneratorHarness.BaseYaml) }).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Contains(driver.GetRunResult().Results.Single().GeneratedSources, s => s.HintName == "RelationsData.Generated." + segment + ".DatasetReader.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Generated_code_compiles_runs_and_holds_every_value()
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("samples.yaml", Fixtures.SampleYaml));
        Assert.Empty(run.CompileErrors);
        var samples = LoadType(run, "Fixture.Samples");

        var all = ((IEnumerable)samples.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(new[] { "earlier", "later", "undated" }, all.Select(r => Read<string>(r, "Id")));
        Assert.Equal(3, samples.GetProperty("Count")!.GetValue(null));

        var later = samples.GetProperty("Later")!.GetValue(null)!;
        Assert.Equal("Later: with \"quotes\" & <angles>", Read<string>(later, "Title"));
        Assert.Equal(DateRange.From(new PartialDate(2024, 4).AsApproximate()), Read<DateRange?>(later, "When"));
        Assert.True(Read<bool>(later, "Verified"));
        Assert.Equal(-3, Read<int>(later, "Rank"));
        Assert.Equal(10_000_000L, Read<long>(later, "Population"));
        Assert.Equal(1.5m, Read<decimal>(later, "Amount"));
        Assert.Equal("Green", Read<object>(later, "Colour").ToString());
        Assert.Equal("Old, New", Read<object>(later, "Tags").ToString());
        var place = ((IEnumerable)Read<object>(later, "Places")).Cast<object>().Single();
        Assert.Equal("Baku", Read<string>(place, "Name"));
        Assert.Equal(40.4093, Read<double?>(place, "Latitude"));
        Assert.Equal(new[] { "earlier" }, ((IEnumerable)Read<object>(later, "SeeAlso")).Cast<string>());
        Assert.Equal("Two\nlines\n", Read<string>(later, "Quote"));

        var earlier = samples.GetProperty("Earlier")!.GetValue(null)!;
        Assert.Equal(new PartialDate(1997, 7, 3), Read<PartialDate?>(earlier, "Noted"));
        Assert.Null(Read<object?>(earlier, "Colour"));
        Assert.Empty((IEnumerable)Read<object>(earlier, "Places"));

        var tryGet = samples.GetMethod("TryGet")!;
        var arguments = new object?[] { "undated", null };
        Assert.True((bool)tryGet.Invoke(null, arguments)!);
        Assert.Equal("Undated", Read<string>(arguments[1]!, "Title"));
        arguments[0] = "missing";
        Assert.False((bool)tryGet.Invoke(null, arguments)!);
    }

    [Fact]
    public void Table_too_big_for_a_member_each_keeps_every_record_and_reports_RD0020()
    {
        var count = Model.TableOutput.MaxRecordMembers + 1;
        var yaml = "sources:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{ id: s{i}, title: S{i}, kind: report, published: {1000 + (i % 1000)} }}\n"));
        var run = GeneratorHarness.Run(("many.yaml", yaml));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("RD0020", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("60001 'sources' records", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompileErrors);
        Assert.DoesNotContain("=> Storage.Items[", run.Source("Fixture.Sources.g.cs"), StringComparison.Ordinal);

        var sources = LoadType(run, "Fixture.Sources");
        var all = ((IEnumerable)sources.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(count, all.Count);
        Assert.Equal("s0", Read<string>(all[0], "Id"));
        Assert.Equal(new PartialDate(1999), Read<PartialDate?>(all[^1], "Published"));
    }

    [Fact]
    public void Xml_docs_tell_the_fact()
    {
        var run = GeneratorHarness.Run(Fixtures.SampleTypes, ("samples.yaml", Fixtures.SampleYaml));
        var source = run.Source("Fixture.Samples.g.cs");
        Assert.Contains("/// <summary>Later: with \"quotes\" &amp; &lt;angles&gt;</summary>", source, StringComparison.Ordinal);
        Assert.Contains("/// <para>When: 2024-04~/..</para>", source, StringComparison.Ordinal);
        Assert.Contains("/// <para>Quote: Two lines</para>", source, StringComparison.Ordinal);
        Assert.Contains("/// <para>Id: later (samples.yaml, line 2)</para>", source, StringComparison.Ordinal);
    }

    private static Type LoadType(GeneratorRun run, string name)
    {
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("fixture", isCollectible: true);
        return context.LoadFromStream(stream).GetType(name, throwOnError: true)!;
    }

    private static T Read<T>(object record, string property) =>
        (T)record.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetValue(record)!;
}
