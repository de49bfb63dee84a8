using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace RelationsData.ColdStart;

/// <summary>
/// Times one method once in this fresh process and prints one line of <c>key=value</c> fields, which
/// <c>benchmarks/alternate.py</c> reads: the method, its time, its result, and the memory kept after it (the managed heap
/// after a full collection, and the process's working set). Shared by the cold-start and the first-use programs.
/// </summary>
internal static class ColdCall
{
    /// <summary>Runs the method <paramref name="args"/> names, or with <c>--list</c> prints every name; returns the exit code.</summary>
    public static int Run(string[] args, IReadOnlyList<(string Name, Func<int> Run)> methods)
    {
        if (args is ["--list"])
        {
            Console.WriteLine(string.Join(' ', methods.Select(m => m.Name)));
            return 0;
        }

        var method = methods.FirstOrDefault(m => args is [var name] && m.Name == name);
        if (method.Run is null)
        {
            Console.Error.WriteLine("Usage: METHOD | --list. Methods: " + string.Join(", ", methods.Select(m => m.Name)));
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var result = method.Run();
        clock.Stop();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"method={method.Name} ms={clock.Elapsed.TotalMilliseconds:F2} result={result} heap-mb={heap / 1048576.0:F1} working-set-mb={Environment.WorkingSet / 1048576.0:F1}"));
        return 0;
    }
}
