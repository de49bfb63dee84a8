// Prepares the run-time loaders' input, checks that every loader reads the same records, then runs BenchmarkDotNet.
// Usage (see docs/benchmarks.md): dotnet run -c Release --project benchmarks/RelationsData.Benchmarks -- --filter '*'
// benchmarks/cold-start.sh times the first-query methods in ReadyToRun and Native AOT builds (RelationsData.ColdStart).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using RelationsData;
using RelationsData.Benchmarks;
using RelationsData.ColdStart;
using RelationsData.ColdStart.Loading;

// The JSON is written from the generated tables here, in this process, so no measured process has touched them.
var input = Path.Combine(AppContext.BaseDirectory, "data");
Preparation.Run(input);
Environment.SetEnvironmentVariable(InputFiles.Variable, input);

// How many facts each query returns, which bounds what any index can save.
Describe("shipped", Events.Count, Events.All.CountActiveOn(Query.Day), Events.All);
Describe("synthetic", RelationsData.Synthetic.Events.Count, RelationsData.Synthetic.Events.All.CountActiveOn(Query.Day), RelationsData.Synthetic.Events.All);

BenchmarkSwitcher.FromAssembly(typeof(FirstQueryBenchmarks).Assembly).Run(args);

static void Describe(string name, int count, int active, IEnumerable<Event> events) => Console.WriteLine(
    $"{name}: {count} events; on {Query.Day:uuuu-MM-dd}: {active} active, in {Query.Month.Start:uuuu-MM}: " +
    $"{events.Overlapping(Query.Month).Count()} overlapping, {events.Within(Query.Month).Count()} within; {events.Count(e => e.When.IsOpenEnded)} open-ended");
