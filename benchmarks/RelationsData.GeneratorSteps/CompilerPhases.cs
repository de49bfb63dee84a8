using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace RelationsData.GeneratorSteps;

/// <summary>
/// The compiler's memory phase by phase over one compilation, as csc runs it: the generators, binding, then emit with a
/// portable PDB that embeds the generated files. After each phase it prints the managed heap still live (after a full
/// collection), the process's peak working set so far and what the phase allocated; after the generators, the types
/// they allocated most (sampled by the runtime every 100 KB or so). benchmarks/million.sh runs it with PHASES=1.
/// </summary>
internal static class CompilerPhases
{
    /// <summary>Compiles the command line's project once, in memory, and prints the figures.</summary>
    /// <param name="commandLine">The csc command line.</param>
    /// <param name="projectDirectory">The directory csc ran in.</param>
    /// <returns>0 when the compilation emitted, 1 otherwise.</returns>
    public static int Run(string commandLine, string projectDirectory)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        void Report(string phase)
        {
            var live = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-12} at {clock.Elapsed.TotalSeconds,6:F1} s  live {Mb(live),6:F0} MB  peak working set {Mb(process.PeakWorkingSet64),6:F0} MB  allocated {Mb(GC.GetTotalAllocatedBytes() - allocated),6:F0} MB"));
            allocated = GC.GetTotalAllocatedBytes();
        }

        var inputs = CompilerInputs.Read(commandLine, projectDirectory);
        var generator = inputs.LoadGenerator();
        Report("inputs");

        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], inputs.AdditionalTexts, inputs.ParseOptions, inputs.Options);
        using (var allocations = new AllocationSampler())
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(inputs.Compilation, out var compilation, out _);
            Report("generators");
            foreach (var (type, bytes) in allocations.Largest(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Mb(bytes),6:F0} MB  {type}"));
            }

            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Report("binding");
            var generated = driver.GetRunResult().GeneratedTrees;
            var embedded = generated.Select(tree => EmbeddedText.FromSource(tree.FilePath, tree.GetText())).ToList();
            using var assembly = new MemoryStream();
            using var symbols = new MemoryStream();
            using var documentation = new MemoryStream();
            var result = compilation.Emit(assembly, symbols, documentation, embeddedTexts: embedded, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            Report("emit");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} errors; generated {generated.Sum(t => t.Length)} characters in {generated.Length} files; assembly {Mb(assembly.Length):F1} MB, PDB {Mb(symbols.Length):F1} MB"));
            GC.KeepAlive(driver);
            return result.Success ? 0 : 1;
        }
    }

    private static double Mb(long bytes) => bytes / 1048576.0;
}
