using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Tests;

internal static class DiagnosticAssert
{
    /// <summary>Asserts that the run reported <paramref name="id"/> at a 1-based line and column, with a message that contains each fragment.</summary>
    public static Diagnostic Reported(GeneratorRun run, string id, int line, int column, params string[] fragments)
    {
        var matches = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count > 0, $"Expected {id}; got: {Describe(run)}");
        var diagnostic = matches.FirstOrDefault(d => Position(d) == (line, column));
        Assert.True(diagnostic is not null, $"Expected {id} at ({line},{column}); got: {Describe(run)}");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic!.Severity);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, message, System.StringComparison.Ordinal);
        }

        return diagnostic;
    }

    public static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    public static string Describe(GeneratorRun run) => run.Diagnostics.Length == 0
        ? "no diagnostics"
        : string.Join(" | ", run.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}{Position(d)}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
}
