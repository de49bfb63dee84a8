// Times DatasetGenerator in this fresh process over the compilation of a csc command line (benchmarks/generator-steps.sh
// runs it many times), or with "phases" measures the whole compilation's memory phase by phase (benchmarks/million.sh).
// Usage: RelationsData.GeneratorSteps COMMAND-LINE-FILE PROJECT-DIRECTORY [cold|references|declarations|sibling|all|phases]
using System;
using System.IO;
using RelationsData.GeneratorSteps;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("Usage: RelationsData.GeneratorSteps COMMAND-LINE-FILE PROJECT-DIRECTORY [cold|references|declarations|sibling|all|phases]");
    return 2;
}

var commandLine = File.ReadAllText(args[0]).Trim();
if (!CompilerAssemblies.TryUse(commandLine))
{
    Console.Error.WriteLine("The file does not start with the path of csc: " + args[0]);
    return 2;
}

var mode = args.Length == 3 ? args[2] : "cold";
return mode == "phases" ? CompilerPhases.Run(commandLine, args[1]) : StepTimer.Run(commandLine, args[1], mode);
