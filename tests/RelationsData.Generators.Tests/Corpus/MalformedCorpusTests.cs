using System.Linq;
using Microsoft.CodeAnalysis;
using static RelationsData.Generators.Tests.DiagnosticAssert;

namespace RelationsData.Generators.Tests.Corpus;

/// <summary>Each malformed file of the corpus gives exactly one error, with the expected id, line and column, and the code generated beside it compiles.</summary>
public sealed class MalformedCorpusTests
{
    public static TheoryData<string> Cases() => new(MalformedCorpus.All.Select(c => c.Name));

    [Fact]
    public void Corpus_has_at_least_100_cases_across_every_category()
    {
        Assert.True(MalformedCorpus.All.Count >= 100, MalformedCorpus.All.Count + " cases");
        var categories = MalformedCorpus.All.Select(c => c.Category).Distinct().OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "dates", "encodings", "names", "references", "resource limits", "structure", "syntax", "tags", "types" }, categories);
        Assert.Equal(MalformedCorpus.All.Count, MalformedCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_one_located_error(string name)
    {
        var run = Run(MalformedCorpus.Get(name));
        var expected = MalformedCorpus.Get(name);
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 1, "Expected one error; got: " + Describe(run));
        Assert.True(errors[0].Id == expected.Id && Position(errors[0]) == (expected.Line, expected.Column), $"Expected {expected.Id} at ({expected.Line},{expected.Column}); got: {Describe(run)}");
        Assert.Equal("/data/test.yaml", errors[0].Location.GetLineSpan().Path);
        Assert.Empty(run.CompileErrors);
    }

    private static GeneratorRun Run(MalformedCase malformed)
    {
        var file = YamlText.FromBytes("test.yaml", malformed.Bytes);
        return malformed.UsesSamples
            ? GeneratorHarness.RunFiles(Fixtures.SampleTypes, file)
            : GeneratorHarness.RunFiles(GeneratorHarness.Tables, YamlText.From("base.yaml", GeneratorHarness.BaseYaml), file);
    }
}
