using System;
using System.Linq;

namespace RelationsData.Generators.Tests;

/// <summary>The same input gives the same bytes, whatever order the compiler passes the files in.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Shuffled_file_order_gives_identical_output()
    {
        var files = new[]
        {
            ("base.yaml", GeneratorHarness.BaseYaml),
            ("b.yaml", "sources:\n  - { id: b-source, title: B, kind: report, published: 2001 }\n  - { id: a-source, title: A, kind: report, published: 2001 }\n"),
            ("a.yaml", "sources:\n  - { id: c-source, title: C, kind: report, published: 1999 }\n  - { id: d-source, title: D, kind: report }\n"),
            ("c.yaml", "sources:\n  - { id: e-source, title: E, kind: report, published: 2001-05 }\n"),
        };
        var expected = Render(files);
        var random = new Random(20261122);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(expected, Render(files.OrderBy(_ => random.Next()).ToArray()));
        }

    }

    [Fact]
    public void Records_are_ordered_by_date_then_precision_then_id_with_undated_last()
    {
        var run = GeneratorHarness.Run(
            ("base.yaml", GeneratorHarness.BaseYaml),
            ("more.yaml", "sources:\n  - { id: b-source, title: B, kind: report, published: 2001 }\n  - { id: d-source, title: D, kind: report }\n  - { id: a-source, title: A, kind: report, published: 2001 }\n  - { id: f-source, title: F, kind: report, published: 2001-01 }\n  - { id: c-source, title: C, kind: report, published: 1999 }\n"));
        // Members are written in the order of All; each one's docs end with its id.
        var ids = System.Text.RegularExpressions.Regex.Matches(run.Source("Fixture.Sources.g.cs"), "<para>Id: ([a-z-]+) ").Select(m => m.Groups[1].Value);

        // "2001" and "2001-01" start on the same day; the coarser one first.
        Assert.Equal(new[] { "c-source", "a-source", "b-source", "f-source", "report", "d-source" }, ids);
    }

    private static string Render((string, string)[] files)
    {
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        return string.Join("\n", run.Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
    }
}
