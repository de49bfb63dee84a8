using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace RelationsData.Benchmarks;

/// <summary>Lookup by id through the generated frozen dictionary, against a LINQ search of All, at both sizes.</summary>
[ShortRunJob]
[MemoryDiagnoser]
[Config(typeof(TrendConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private const string ShippedId = "russia-accused-of-backing-armenia";
    private const string SyntheticId = "event-050000";

    [GlobalSetup]
    public void Setup()
    {
        // The dictionaries are built on first lookup; build them here so that they are not measured.
        Events.TryGet(ShippedId, out _);
        Synthetic.Events.TryGet(SyntheticId, out _);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Shipped")]
    public bool LinqShipped() => Events.All.FirstOrDefault(e => e.Id == ShippedId) is not null;

    [Benchmark]
    [BenchmarkCategory("Shipped")]
    public bool TryGetShipped() => Events.TryGet(ShippedId, out _);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Synthetic")]
    public bool LinqSynthetic() => Synthetic.Events.All.FirstOrDefault(e => e.Id == SyntheticId) is not null;

    [Benchmark]
    [BenchmarkCategory("Synthetic")]
    public bool TryGetSynthetic() => Synthetic.Events.TryGet(SyntheticId, out _);
}
