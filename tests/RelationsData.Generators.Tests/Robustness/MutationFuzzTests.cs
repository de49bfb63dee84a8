using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generators.Binding;
using RelationsData.Generators.Emitting;
using RelationsData.Generators.Linking;
using RelationsData.Generators.Model;
using RelationsData.Generators.Parsing;
using Xunit.Abstractions;

namespace RelationsData.Generators.Tests.Robustness;

/// <summary>
/// Mutates the real data/ files and runs every stage on each (parse, bind, link, emit): no exception (which the
/// generator would turn into RD0099), and no record dropped without an error. CI runs a fixed seed; a longer run with a
/// random seed is <c>RD_FUZZ_SEED=random RD_FUZZ_SECONDS=900 dotnet test tests/RelationsData.Generators.Tests --filter
/// FullyQualifiedName~MutationFuzzTests</c>, which saves each failing input under artifacts/fuzz/ (see docs/diagnostics.md).
/// </summary>
public sealed class MutationFuzzTests
{
    private const int FixedSeed = 20261202;
    private const int FixedIterations = 2000;

    private readonly ITestOutputHelper output;

    public MutationFuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Mutated_data_never_crashes_a_stage_nor_loses_a_record_silently()
    {
        var seed = Environment.GetEnvironmentVariable("RD_FUZZ_SEED") is { } setting
            ? setting == "random" ? Environment.TickCount : int.Parse(setting, CultureInfo.InvariantCulture)
            : FixedSeed;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("RD_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : 0;
        var dataset = RealDataset.Instance;
        var baseline = dataset.Files.Select(f => Stages(dataset, f.Path, f.Bytes)).ToList();
        Assert.All(baseline, b => Assert.Empty(b.Bound.Diagnostics));

        var fuzzer = new MutationFuzzer(seed);
        var picker = new Random(seed);
        var failures = new List<string>();
        var rejected = 0;
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        for (; seconds > 0 ? clock.Elapsed.TotalSeconds < seconds : iterations < FixedIterations; iterations++)
        {
            var which = picker.Next(dataset.Files.Length);
            var (path, bytes) = dataset.Files[which];
            var mutated = fuzzer.Mutate(bytes);
            var failure = Check(dataset, baseline, which, mutated, ref rejected);
            if (failure is not null)
            {
                failures.Add(Save(seed, iterations, path, mutated) + ": " + failure);
            }
        }

        output.WriteLine($"seed {seed}: {iterations} mutated files in {clock.Elapsed.TotalSeconds:F1} s, {rejected} with errors, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static string? Check(RealDataset dataset, List<(YamlFile Parsed, BoundFile Bound)> baseline, int which, byte[] mutated, ref int rejected)
    {
        try
        {
            var (parsed, bound) = Stages(dataset, dataset.Files[which].Path, mutated);
            var files = baseline.Select(b => b.Bound).ToArray();
            files[which] = bound;
            var model = DatasetLinker.Link(files.ToImmutableArray(), dataset.Schema, CancellationToken.None);
            // Tables the mutated file has no record in emit as in the baseline.
            foreach (var table in model.Tables.Where(t => bound.Records.Any(r => r.TableKey == t.Key)))
            {
                DatasetEmitter.Emit(table, "Fixture");
            }

            var errors = files.SelectMany(f => f.Diagnostics).Concat(model.Diagnostics).Count(d => d.Id != "RD0020");
            if (errors > 0)
            {
                rejected++;
                return null;
            }

            var items = baseline.Select((b, i) => i == which ? RealDataset.CountItems(parsed) : RealDataset.CountItems(b.Parsed)).Sum();
            var emitted = model.Tables.Sum(t => t.Records.Count);
            return emitted == items ? null : $"no error, but {emitted} of {items} records emitted";
        }
        catch (Exception exception)
        {
            return exception.GetType().Name + ": " + exception.Message;
        }
    }

    private static (YamlFile Parsed, BoundFile Bound) Stages(RealDataset dataset, string path, byte[] bytes)
    {
        var parsed = YamlParser.Parse(path, SourceText.From(new MemoryStream(bytes), System.Text.Encoding.UTF8), CancellationToken.None);
        return (parsed, RecordBinder.Bind(parsed, dataset.Schema, CancellationToken.None));
    }

    /// <summary>Saves a failing input as artifacts/fuzz/seed-SEED-ITERATION-FILE, to replay by hand or add to the corpus.</summary>
    private static string Save(int seed, int iteration, string path, byte[] bytes)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "artifacts", "fuzz");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"seed-{seed}-{iteration}-{Path.GetFileName(path)}");
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
