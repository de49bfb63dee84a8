using System.IO;
using System.Linq;
using RelationsData.Generators.Diagnostics;

namespace RelationsData.Generators.Tests;

public sealed class DocumentationTests
{
    [Fact]
    public void Every_diagnostic_is_documented_with_a_section()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id).ToList();
        Assert.True(ids.Count >= 20);
        Assert.All(ids, id => Assert.Contains("### " + id + "\n", docs, System.StringComparison.Ordinal));
        Assert.All(ids, id => Assert.Contains("[" + id + "](#" + id.ToLowerInvariant() + ")", docs, System.StringComparison.Ordinal));
    }
}
