using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generators.Binding;
using RelationsData.Generators.Emitting;
using RelationsData.Generators.Linking;
using RelationsData.Generators.Parsing;
using static RelationsData.Generators.Tests.DiagnosticAssert;

namespace RelationsData.Generators.Tests.Robustness;

/// <summary>
/// Hostile files run through the whole generator, as a build would: each ends in its diagnostics, within a time and an
/// allocation bound far above what it takes (the bounds catch a blow-up, not a slow machine), and never overflows the stack.
/// </summary>
public sealed class ResourceLimitTests
{
    // The bound catches a blow-up (a quadratic step), not a slow machine: the machine these tests were written on was
    // two cores shared by several builds.
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(60);
    private const long AllocationBound = 2_000_000_000;

    [Fact]
    public void Flow_mappings_nested_10000_deep_stop_at_the_depth_limit()
    {
        var run = Bounded("events: " + Repeat("{a: ", 10_000));
        Reported(run, "RD0001", 1, 9 + (YamlParser.MaxDepth - 1) * 4 + 1, "nest more than 64 levels");
    }

    [Fact]
    public void Flow_lists_nested_10000_deep_stop_at_the_depth_limit()
    {
        var run = Bounded("events: " + Repeat("[", 10_000) + Repeat("]", 10_000));
        Reported(run, "RD0001", 1, 9 + YamlParser.MaxDepth, "nest more than 64 levels");
    }

    [Fact]
    public void Block_lists_nested_10000_deep_stop_at_the_depth_limit()
    {
        var run = Bounded("events:\n  " + Repeat("- ", 10_000) + "x");
        Reported(run, "RD0001", 2, 3 + (YamlParser.MaxDepth * 2), "nest more than 64 levels");
    }

    [Fact]
    public void Block_mappings_nested_deeply_stop_at_the_depth_limit()
    {
        var yaml = new StringBuilder("events:\n");
        for (var depth = 1; depth <= 1_000; depth++)
        {
            yaml.Append(' ', depth).Append("a:\n");
        }

        var run = Bounded(yaml.ToString());
        Reported(run, "RD0001", YamlParser.MaxDepth + 1, YamlParser.MaxDepth + 1, "nest more than 64 levels");
    }

    [Fact]
    public void Alias_bomb_is_refused_at_its_first_anchor()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var run = Bounded(yaml.ToString());
        Reported(run, "RD0001", 1, 4, "anchors (&a) are not supported");
        Assert.True(run.Diagnostics.Length <= 20, Describe(run));
    }

    /// <summary>
    /// Through the stages directly (parse, bind, link, emit): the generator's own work. Through a whole compilation, the
    /// compiler's parsing of the 10 MB of generated source dominates and varies with the machine's load.
    /// </summary>
    [Fact]
    public void File_of_10_megabytes_is_compiled()
    {
        var yaml = new StringBuilder("sources:\n");
        var count = 0;
        for (; yaml.Length < 10_000_000; count++)
        {
            yaml.Append("  - { id: source-").Append(count).Append(", title: A report of the kind that fills a large file, kind: report, published: 2001 }\n");
        }

        var schema = RealDataset.SchemaOf(GeneratorHarness.Tables);
        var model = Bounded(() =>
        {
            var parsed = YamlParser.Parse("/data/test.yaml", SourceText.From(yaml.ToString()), CancellationToken.None);
            var linked = DatasetLinker.Link(ImmutableArray.Create(RecordBinder.Bind(parsed, schema, CancellationToken.None)), schema, CancellationToken.None);
            foreach (var table in linked.Tables)
            {
                DatasetEmitter.Emit(table, "Fixture");
            }

            return linked;
        });
        Assert.Equal("RD0020", Assert.Single(model.Diagnostics).Id);
        Assert.Equal(count, model.Tables.Single(t => t.Key == "sources").Records.Count);
    }

    [Fact]
    public void Scalar_of_5_megabytes_becomes_a_title()
    {
        var title = Repeat("word ", 1_000_000);
        var run = Bounded("sources:\n  - id: long\n    title: " + title + "\n    kind: report\n");
        Assert.Empty(run.Diagnostics);
        Assert.Contains("long", run.Source("Fixture.Sources.g.cs"), StringComparison.Ordinal);
    }

    private static GeneratorRun Bounded(string yaml)
    {
        var run = Bounded(() => GeneratorHarness.Run(("base.yaml", GeneratorHarness.BaseYaml), ("test.yaml", yaml)));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "RD0099");
        return run;
    }

    private static T Bounded<T>(Func<T> work)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = work();
        Assert.True(clock.Elapsed < TimeBound, $"took {clock.Elapsed}");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
        return result;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
