using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using RelationsData.ColdStart;

namespace RelationsData.Benchmarks;

/// <summary>
/// Time to the first answer with the load included, in a fresh process each time: a table is built once per process,
/// so ColdStart runs every measurement in a new process with one iteration of one call. The methods are
/// <see cref="FirstQueries"/>' (see there), which <c>benchmarks/cold-start.sh</c> also times in ReadyToRun and Native
/// AOT builds.
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
    public int GeneratedEvents() => FirstQueries.GeneratedEvents();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int GeneratedEventsLinq() => FirstQueries.GeneratedEventsLinq();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int GeneratedAllTables() => FirstQueries.GeneratedAllTables();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int YamlDotNet() => FirstQueries.YamlDotNet();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int YamlDotNetLinq() => FirstQueries.YamlDotNetLinq();

    [Benchmark]
    [BenchmarkCategory(FirstQuery)]
    public int SystemTextJson() => FirstQueries.SystemTextJson();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(LoadOnly)]
    public int GeneratedEventsLoad() => FirstQueries.GeneratedEventsLoad();

    [Benchmark]
    [BenchmarkCategory(LoadOnly)]
    public int GeneratedAllTablesLoad() => FirstQueries.GeneratedAllTablesLoad();

    [Benchmark]
    [BenchmarkCategory(LoadOnly)]
    public int YamlDotNetLoad() => FirstQueries.YamlDotNetLoad();

    [Benchmark]
    [BenchmarkCategory(LoadOnly)]
    public int SystemTextJsonLoad() => FirstQueries.SystemTextJsonLoad();
}
