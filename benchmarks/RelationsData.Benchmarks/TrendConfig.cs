using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace RelationsData.Benchmarks;

/// <summary>Shows each ratio to the baseline as "N x faster" or "N x slower", which reads directly against the targets.</summary>
public sealed class TrendConfig : ManualConfig
{
    public TrendConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
}
