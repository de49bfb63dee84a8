using System;
using System.IO;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.GeneratorSteps;

/// <summary>
/// One run of the generator with step tracking, printed as "name milliseconds" lines: what binding first cost (if asked),
/// the whole run as the driver times it (what ReportAnalyzer reports), each tracked step, and the parse of the output.
/// </summary>
internal static class StepTimer
{
    /// <summary>Runs the generator once over the command line's compilation and prints the times.</summary>
    /// <param name="commandLine">The csc command line.</param>
    /// <param name="projectDirectory">The directory csc ran in.</param>
    /// <param name="bindFirst">
    /// "cold", or what Roslyn binds before the run: "references" (the referenced assemblies, which the compilation that
    /// adds the generated files shares), "declarations" (also the library's own declarations), "sibling" (the declarations
    /// of another compilation of the same sources and references, as the compile after the generator binds them, so
    /// what the run still pays is what the two do not share) or "all" (also method bodies).
    /// </param>
    /// <returns>The exit code: 0, or 1 when the generator reported an error.</returns>
    public static int Run(string commandLine, string projectDirectory, string bindFirst)
    {
        var inputs = CompilerInputs.Read(commandLine, projectDirectory);
        var generator = inputs.LoadGenerator();
        Print("roslyn " + CompilerAssemblies.Describe(typeof(Compilation)));
        Print("generator " + inputs.GeneratorPath);

        var clock = Stopwatch.StartNew();
        var bound = bindFirst switch
        {
            "cold" => string.Empty,
            "references" => " (" + BindReferences(inputs.Compilation).ToString(CultureInfo.InvariantCulture) + " assemblies)",
            "declarations" => " (" + inputs.Compilation.GetDeclarationDiagnostics().Length.ToString(CultureInfo.InvariantCulture) + " diagnostics)",
            "sibling" => " (" + BindSibling(inputs.Compilation).ToString(CultureInfo.InvariantCulture) + " diagnostics)",
            "all" => " (" + inputs.Compilation.GetDiagnostics().Length.ToString(CultureInfo.InvariantCulture) + " diagnostics)",
            _ => throw new ArgumentException("Bind first 'cold', 'references', 'declarations', 'sibling' or 'all', not '" + bindFirst + "'.", nameof(bindFirst)),
        };
        Print("mode " + bindFirst + bound);
        Time("bind-first", clock.Elapsed);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator],
            inputs.AdditionalTexts,
            inputs.ParseOptions,
            inputs.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        // Processor time too: on a shared machine it is less inflated than wall time by waiting for a core.
        // The JIT's share: methods neither the generator's nor Roslyn's precompiled code covers, such as generic code
        // instantiated over the generator's value types.
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var (jitTime, jitMethods) = (JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
        var (allocated, collections, paused) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.GetTotalPauseDuration());
        clock.Restart();
        driver = driver.RunGenerators(inputs.Compilation);
        Time("run-wall", clock.Elapsed);
        Time("run-cpu", Process.GetCurrentProcess().TotalProcessorTime - processor);
        Time("run-jit", JitInfo.GetCompilationTime() - jitTime);
        Print("run-jit-methods " + (JitInfo.GetCompiledMethodCount() - jitMethods).ToString(CultureInfo.InvariantCulture));
        Print("run-allocated-mb " + ((GC.GetTotalAllocatedBytes() - allocated) / 1e6).ToString("F1", CultureInfo.InvariantCulture));
        Print("run-collections " + (GC.CollectionCount(0) - collections).ToString(CultureInfo.InvariantCulture));
        Time("run-gc-pause", GC.GetTotalPauseDuration() - paused);
        Time("run-driver", driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime);

        // The same generator again on a new driver in this process: no first binding, no JIT, no first use of anything.
        var again = CSharpGeneratorDriver.Create([generator], inputs.AdditionalTexts, inputs.ParseOptions, inputs.Options).RunGenerators(inputs.Compilation);
        Time("rerun-driver", again.GetTimingInfo().GeneratorTimes[0].ElapsedTime);

        var result = driver.GetRunResult().Results[0];
        // The output steps are among the tracked steps too.
        foreach (var (name, runs) in result.TrackedSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Time("step " + name, TimeSpan.FromTicks(runs.Sum(run => run.ElapsedTime.Ticks)));
        }

        // The driver parses what the generator adds inside the generator's time; parsing it again here, warm, shows that part.
        clock.Restart();
        var characters = result.GeneratedSources.Sum(source => CSharpSyntaxTree.ParseText(source.SourceText, inputs.ParseOptions).Length);
        Time("parse-output-warm", clock.Elapsed);
        Print("output " + result.GeneratedSources.Length.ToString(CultureInfo.InvariantCulture) + " files " + characters.ToString(CultureInfo.InvariantCulture) + " characters");

        // A digest per file, so runs of two versions of the generator show whether they wrote the same bytes; with
        // GENERATOR_STEPS_OUTPUT set, the files are written to that directory too, to see how they differ.
        var outputDirectory = Environment.GetEnvironmentVariable("GENERATOR_STEPS_OUTPUT");
        foreach (var source in result.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            Print("file " + source.HintName + " " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
            if (!string.IsNullOrEmpty(outputDirectory))
            {
                File.WriteAllText(Path.Combine(outputDirectory, source.HintName), text);
            }
        }


        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.ForEach(error => Console.Error.WriteLine(error));
        return result.Exception is null && errors.Count == 0 ? 0 : 1;
    }

    /// <summary>Binds the references (reads every referenced assembly's identity and creates its symbol), none of the library's declarations.</summary>
    private static int BindReferences(Compilation compilation) => compilation.SourceModule.ReferencedAssemblySymbols.Length;

    /// <summary>
    /// Binds the declarations of the compilation with one more (empty) file: it shares the references with the original,
    /// as the compilation with the generated files does, but none of its own symbols.
    /// </summary>
    private static int BindSibling(CSharpCompilation compilation) =>
        compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(string.Empty, (CSharpParseOptions)compilation.SyntaxTrees[0].Options)).GetDeclarationDiagnostics().Length;

    private static void Time(string name, TimeSpan elapsed) =>
        Print(name + " " + elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));

    private static void Print(string line) => Console.WriteLine(line);
}
