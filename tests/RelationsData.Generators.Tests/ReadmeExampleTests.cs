using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Tests;

/// <summary>The C# in README.md compiles against the library, so the examples people copy keep working.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Every_csharp_block_in_the_readme_compiles()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var blocks = Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            var usings = string.Concat(block.Split('\n').Where(line => line.StartsWith("using ", System.StringComparison.Ordinal)).Select(line => line + "\n"));
            var body = string.Join("\n", block.Split('\n').Where(line => !line.StartsWith("using ", System.StringComparison.Ordinal)));
            // A block with a namespace is a file of declarations; any other block is statements.
            var source = block.Contains("namespace ", System.StringComparison.Ordinal)
                ? block
                : "using System;\nusing System.Linq;\nusing NodaTime;\nusing RelationsData;\n" + usings + "internal static class Example { internal static void Run() {\n" + body + "\n} }";
            // With the generator, as a user's build runs it: a declared table and a marked fact get their generated members.
            GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(source), out var output, out _);
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "README example does not compile:\n" + block + "\n" + string.Join("\n", errors));
        }
    }
}
