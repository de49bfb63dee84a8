// Times one first-query method once in this fresh process (benchmarks/cold-start.sh runs it many times, alternating).
// Usage: RelationsData.ColdStart METHOD | --list | --prepare
// --prepare writes data/dataset.json beside the program and checks that the YAML and JSON loaders read what the
// generated tables hold, in this build (JIT or Native AOT), before anything is timed.
using System;
using RelationsData.ColdStart;
using RelationsData.ColdStart.Loading;

if (args is ["--prepare"])
{
    Console.WriteLine($"The YAML and JSON loaders read the same {Preparation.Run(InputFiles.Directory)} records as the generated tables.");
    return 0;
}

return ColdCall.Run(args, FirstQueries.All);
