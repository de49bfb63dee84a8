using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
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
    /// <param name="bindFirst">"cold", or what Roslyn binds before the run: "declarations" or "all".</param>
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
            "cold" => 0,
            "declarations" => inputs.Compilation.GetDeclarationDiagnostics().Length,
            "all" => inputs.Compilation.GetDiagnostics().Length,
            _ => throw new ArgumentException("Bind first 'cold', 'declarations' or 'all', not '" + bindFirst + "'.", nameof(bindFirst)),
        };
        Print("mode " + bindFirst + (bindFirst == "cold" ? string.Empty : " (" + bound.ToString(CultureInfo.InvariantCulture) + " diagnostics)"));
        Time("bind-first", clock.Elapsed);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator],
            inputs.AdditionalTexts,
            inputs.ParseOptions,
            inputs.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        clock.Restart();
        driver = driver.RunGenerators(inputs.Compilation);
        Time("run-wall", clock.Elapsed);
        Time("run-driver", driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime);

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

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.ForEach(error => Console.Error.WriteLine(error));
        return result.Exception is null && errors.Count == 0 ? 0 : 1;
    }

    private static void Time(string name, TimeSpan elapsed) =>
        Print(name + " " + elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));

    private static void Print(string line) => Console.WriteLine(line);
}
