using System;
using System.Diagnostics;
using System.Globalization;

namespace RelationsData.Benchmarks;

/// <summary>
/// Times one <see cref="FirstQueryBenchmarks"/> method once in this fresh process. BenchmarkDotNet builds rather than
/// publishes, so this is how <c>benchmarks/cold-start.sh</c> measures the same methods in a ReadyToRun build.
/// </summary>
internal static class ColdStart
{
    public static void Run(string methodName)
    {
        var method = typeof(FirstQueryBenchmarks).GetMethod(methodName)
            ?? throw new ArgumentException($"FirstQueryBenchmarks has no method {methodName}.", nameof(methodName));
        var benchmark = method.CreateDelegate<Func<int>>(new FirstQueryBenchmarks());
        var clock = Stopwatch.StartNew();
        var result = benchmark();
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{methodName} {clock.Elapsed.TotalMilliseconds:F2} ms (result {result})"));
    }
}
