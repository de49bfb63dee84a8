using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RelationsData.ColdStart;

namespace RelationsData.Benchmarks;

/// <summary>
/// Point-in-time and range queries through the library's index against the naive LINQ scan they are defined as, at the
/// shipped size and on the 100,000 synthetic events. Each result is counted, so every fact is enumerated. ShortRun's
/// warm-up with three processes of five iterations each: the LINQ scan's speed varies by up to 4x from one process to
/// the next (how the JIT compiles it), which a single process hides.
/// </summary>
[SimpleJob(launchCount: 3, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
[Config(typeof(TrendConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private RecordTable<Event> events = Events.All;

    /// <summary>Gets or sets how many events: the shipped table or the synthetic one.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => [Events.Count, Synthetic.Events.Count];

    [GlobalSetup]
    public void Setup()
    {
        events = N == Events.Count ? Events.All : N == Synthetic.Events.Count ? Synthetic.Events.All : throw new InvalidOperationException("No table has " + N + " events.");

        // The index is read on a table's first query; read it here so that it is not measured.
        events.CountActiveOn(Query.Day);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ActiveOn")]
    public int LinqActiveOn() => events.Where(e => e.Extent?.Contains(Query.Day) == true).Count();

    [Benchmark]
    [BenchmarkCategory("ActiveOn")]
    public int IndexActiveOn() => events.ActiveOn(Query.Day).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CountActiveOn")]
    public int LinqCountActiveOn() => events.Where(e => e.Extent?.Contains(Query.Day) == true).Count();

    [Benchmark]
    [BenchmarkCategory("CountActiveOn")]
    public int IndexCountActiveOn() => events.CountActiveOn(Query.Day);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Overlapping a month")]
    public int LinqOverlapping() => events.Where(e => e.Extent?.Overlaps(Query.Month) == true).Count();

    [Benchmark]
    [BenchmarkCategory("Overlapping a month")]
    public int IndexOverlapping() => events.Overlapping(Query.Month).Count();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Within a month")]
    public int LinqWithin() => events.Where(e => e.Extent?.IsWithin(Query.Month) == true).Count();

    [Benchmark]
    [BenchmarkCategory("Within a month")]
    public int IndexWithin() => events.Within(Query.Month).Count();
}
