using System;
using System.IO;

namespace RelationsData.ColdStart.Loading;

/// <summary>
/// Where the run-time loaders find the YAML and the JSON. Program names the folder in an environment variable, which the
/// processes BenchmarkDotNet starts inherit: they run from a folder of their own.
/// </summary>
public static class InputFiles
{
    public const string Variable = "RELATIONSDATA_BENCHMARK_INPUT";

    public static string Directory => Environment.GetEnvironmentVariable(Variable) ?? Path.Combine(AppContext.BaseDirectory, "data");

    public static string Json => Path.Combine(Directory, "dataset.json");
}
