// Prepares the run-time loaders' input, checks that every loader reads the same records, then runs BenchmarkDotNet.
// Usage (see docs/benchmarks.md): dotnet run -c Release --project benchmarks/RelationsData.Benchmarks -- --filter '*'
// With --cold-start METHOD it only times that first-query method once, in this process (benchmarks/cold-start.sh).
using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using RelationsData;
using RelationsData.Benchmarks;
using RelationsData.Benchmarks.Loading;

if (args is ["--cold-start", var method])
{
    ColdStart.Run(method);
    return;
}

// The JSON is written from the generated tables here, in this process, so no measured process has touched them.
var input = Path.Combine(AppContext.BaseDirectory, "data");
var generated = Tables.Generated();
JsonLoader.Save(generated, Path.Combine(input, "dataset.json"));
Environment.SetEnvironmentVariable(InputFiles.Variable, input);
Equivalence.Check(generated, YamlLoader.Load(InputFiles.Directory), "The YAML loader");
Equivalence.Check(generated, JsonLoader.Load(InputFiles.Json), "The JSON loader");

// How many facts each query returns, which bounds what any index can save.
foreach (var (name, events) in new[] { ("shipped", Events.All), ("synthetic", RelationsData.Synthetic.Events.All) })
{
    Console.WriteLine(
        $"{name}: {events.Length} events; on {Query.Day:uuuu-MM-dd}: {events.CountActiveOn(Query.Day)} active, in {Query.Month.Start:uuuu-MM}: " +
        $"{events.Overlapping(Query.Month).Count()} overlapping, {events.Within(Query.Month).Count()} within; {events.Count(e => e.When.IsOpenEnded)} open-ended");
}

BenchmarkSwitcher.FromAssembly(typeof(Query).Assembly).Run(args);
