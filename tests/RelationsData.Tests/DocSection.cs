using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace RelationsData.Tests;

/// <summary>
/// Keeps a generated section of a file in docs/ in step with the data. The section sits between
/// <c>&lt;!-- BEGIN name --&gt;</c> and <c>&lt;!-- END name --&gt;</c> lines; the rest of the file is written by hand.
/// On a mismatch the whole file, with the section replaced, is written beside it as <c>name.received.md</c> and the test fails.
/// </summary>
internal static class DocSection
{
    public static string RepositoryRoot { get; } = typeof(DocSection).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value ?? throw new InvalidOperationException("RepositoryRoot metadata is empty.");

    public static void AssertCurrent(string docName, string section, string rendered)
    {
        var path = Path.Combine(RepositoryRoot, "docs", docName + ".md");
        var receivedPath = Path.Combine(RepositoryRoot, "docs", docName + ".received.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = $"<!-- BEGIN {section} -->\n";
        var end = $"<!-- END {section} -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"docs/{docName}.md needs the lines '{begin.TrimEnd()}' and '{end}' around its generated section.");

        var current = text[(start + begin.Length)..stop];
        if (current == rendered)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text[..(start + begin.Length)] + rendered + text[stop..]);
        Assert.Fail($"The '{section}' section of docs/{docName}.md no longer matches the data. Review docs/{docName}.received.md; " +
                    $"if it is right, move it over the original: mv docs/{docName}.received.md docs/{docName}.md");
    }
}
