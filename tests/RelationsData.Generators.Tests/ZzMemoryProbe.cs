using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generators.Binding;
using RelationsData.Generators.Emitting;
using RelationsData.Generators.Linking;
using RelationsData.Generators.Model;
using RelationsData.Generators.Parsing;

namespace RelationsData.Generators.Tests;

public sealed class ZzMemoryProbe
{
    [Fact]
    public void Probe()
    {
        long Mem() => GC.GetTotalMemory(true) / 1_000_000;
        var schemaRun = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables);
        var tables = GeneratorHarness.CreateDriver(Array.Empty<Microsoft.CodeAnalysis.AdditionalText>()).RunGenerators(schemaRun).GetRunResult().Results.Single().TrackedSteps[TrackingNames.Schema].Single().Outputs.Single().Value;
        var schema = (DatasetSchema)tables;
        var start = Mem();
        var text = SourceText.From(File.ReadAllText("/tmp/syn200k/events.yaml"));
        Console.WriteLine($"text {Mem() - start} MB");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var parsed = YamlParser.Parse("/tmp/syn200k/events.yaml", text, CancellationToken.None);
        Console.WriteLine($"parsed {Mem() - start} MB {clock.ElapsedMilliseconds} ms"); clock.Restart();
        var bound = RecordBinder.Bind(parsed, schema, CancellationToken.None);
        Console.WriteLine($"bound {Mem() - start} MB {clock.ElapsedMilliseconds} ms records {bound.Records.Count} diags {bound.Diagnostics.Count}"); clock.Restart();
        var others = new[] { "actors", "sources" }.Select(n => RecordBinder.Bind(YamlParser.Parse("/tmp/syn200k/" + n + ".yaml", SourceText.From(File.ReadAllText("/tmp/syn200k/" + n + ".yaml")), CancellationToken.None), schema, CancellationToken.None));
        var dataset = DatasetLinker.Link(ImmutableArray.Create(bound).AddRange(others), schema, CancellationToken.None);
        Console.WriteLine($"diagnostics {dataset.Diagnostics.Count} {string.Join(" | ", dataset.Diagnostics.Take(2).Select(d => d.Id))}");
        Console.WriteLine($"linked {Mem() - start} MB {clock.ElapsedMilliseconds} ms"); clock.Restart();
        var source = DatasetEmitter.Emit(dataset.Tables.First(t => t.Key == "events"), "Fixture");
        Console.WriteLine($"emitted {Mem() - start} MB {clock.ElapsedMilliseconds} ms source {source.Length / 1_000_000} M chars");
        GC.KeepAlive(parsed); GC.KeepAlive(bound); GC.KeepAlive(dataset); GC.KeepAlive(source); GC.KeepAlive(text);
    }
}
