using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using RelationsData.Benchmarks.Loading;

namespace RelationsData.Benchmarks;

/// <summary>
/// Time to the first answer with the load included, in a fresh process each time: a table is built once per process,
/// so ColdStart runs every measurement in a new process with one iteration of one call. The generated tables against
/// the same data loaded at run time from YAML (YamlDotNet) and from JSON (System.Text.Json, source-generated).
/// "Events" loads only the events table, as the generated code does on first use; "AllTables" loads every table, as the
/// run-time loaders must (they read every file).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 30, warmupCount: 0, iterationCount: 1)]
[Config(typeof(TrendConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FirstQueryBenchmarks
{
    private const string FirstQuery = "Load + first query";
    private const string LoadOnly = "Load only";

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(FirstQuery)]
    public int GeneratedEvents() => Events.All.ActiveOn(Query.Day).Count();

    // The same first answer by a LINQ scan, which builds no index: what the first indexed query costs beyond it.
    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int GeneratedEventsLinq() => Events.All.Where(e => e.Extent?.Contains(Query.Day) == true).Count();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int GeneratedAllTables() => Tables.Generated().Events.ActiveOn(Query.Day).Count();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int YamlDotNet() => YamlLoader.Load(InputFiles.Directory).Events.ActiveOn(Query.Day).Count();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int SystemTextJson() => JsonLoader.Load(InputFiles.Json).Events.ActiveOn(Query.Day).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(LoadOnly)]
    public int GeneratedEventsLoad() => Events.All.Length;

    [Benchmark]
    [BenchmarkCategory(LoadOnly)]
    public int GeneratedAllTablesLoad() => Tables.Generated().Events.Length;

    [Benchmark]
    [BenchmarkCategory(LoadOnly)]
    public int YamlDotNetLoad() => YamlLoader.Load(InputFiles.Directory).Events.Length;

    [Benchmark]
    [BenchmarkCategory(LoadOnly)]
    public int SystemTextJsonLoad() => JsonLoader.Load(InputFiles.Json).Events.Length;
}
