using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace RelationsData.Benchmarks;

/// <summary>
/// Time to first use of the 100,000 synthetic events in a fresh process (ColdStart, as in <see cref="FirstQueryBenchmarks"/>):
/// decoding the table, then the first indexed query (which builds the index), the first LINQ scan, and the first lookup
/// by id (which builds the frozen dictionary).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class SyntheticFirstUseBenchmarks
{
    [Benchmark]
    public int Load() => Synthetic.Events.All.Length;

    [Benchmark]
    public int FirstCountActiveOn() => Synthetic.Events.All.CountActiveOn(Query.Day);

    [Benchmark]
    public int FirstActiveOn() => Synthetic.Events.All.ActiveOn(Query.Day).Count();

    [Benchmark]
    public int FirstLinqScan() => Synthetic.Events.All.Count(e => e.Extent?.Contains(Query.Day) == true);

    [Benchmark]
    public bool FirstTryGet() => Synthetic.Events.TryGet("event-050000", out _);
}
