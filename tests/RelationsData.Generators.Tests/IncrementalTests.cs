using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generators.Tests;

/// <summary>The pipeline caches: unrelated edits redo nothing, and editing one YAML file re-parses only that file and leaves the registry as it was.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    private static readonly (string Name, string Yaml)[] Files =
    {
        ("base.yaml", GeneratorHarness.BaseYaml),
        ("events.yaml", """
            events:
              - id: e1
                title: E
                summary: S
                dimensions: [security]
                when: 2020
                kind: assault
                tone: -5
                initiators: [azerbaijan]
                citations: [{ source: report }]
            """),
        ("more.yaml", "sources:\n  - { id: other, title: Other, kind: report }\n"),
    };

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables);
        var driver = GeneratorHarness.CreateDriver(Files.Select(f => YamlText.From(f.Name, f.Yaml))).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Fixture; internal static class Unrelated { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(TrackedSteps.OrderBy(s => s), result.TrackedSteps.Keys.Where(TrackedSteps.Contains).OrderBy(s => s));
        foreach (var step in TrackedSteps)
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file_and_keeps_the_registry()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables);
        var texts = Files.Select(f => YamlText.From(f.Name, f.Yaml)).ToList();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);

        var changed = YamlText.From("more.yaml", "sources:\n  - { id: other, title: Another title, kind: report }\n");
        var result = driver.ReplaceAdditionalText(texts[2], changed).RunGenerators(compilation).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[TrackingNames.BoundFiles].Select(s => s.Outputs.Single().Reason).ToList();
        Assert.Equal(3, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));

        // The registry lists tables, not records, so a YAML edit leaves it as it was.
        Assert.All(result.TrackedSteps[TrackingNames.Registry].SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_table_re_emits_that_table_alone()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables);
        var texts = Files.Select(f => YamlText.From(f.Name, f.Yaml)).ToList();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var changed = YamlText.From("more.yaml", "sources:\n  - { id: other, title: Another title, kind: report }\n");
        var result = driver.ReplaceAdditionalText(texts[2], changed).RunGenerators(compilation).GetRunResult().Results.Single();

        // Every table is linked again, but only the one whose records changed differs from the last run.
        var tables = result.TrackedSteps[TrackingNames.TableOutputs].SelectMany(s => s.Outputs).ToList();
        Assert.True(tables.Count > 2, "the fixture declares several tables");
        var modified = Assert.Single(tables, t => t.Reason != IncrementalStepRunReason.Unchanged);
        Assert.Equal(IncrementalStepRunReason.Modified, modified.Reason);
        Assert.Equal("sources", ((Model.TableOutput)modified.Value).Key);

        // So one table's source is written again, and nothing else: every other output is cached or produces what it did.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        var rewritten = Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.All(outputs.Where(o => o != rewritten), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output was {o.Reason}"));
        var differing = result.GeneratedSources.Where(s => before[s.HintName] != s.SourceText.ToString()).Select(s => s.HintName);
        Assert.Equal(["Fixture.Sources.g.cs"], differing);
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_compilations_or_locations()
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.Tables);
        var result = GeneratorHarness.CreateDriver(Files.Select(f => YamlText.From(f.Name, f.Yaml))).RunGenerators(compilation).GetRunResult().Results.Single();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertPlainData(output.Value, step, seen);
            }
        }
    }

    /// <summary>Walks a model's object graph and fails on anything that would pin a compilation in memory or defeat caching.</summary>
    private static void AssertPlainData(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or Location or Diagnostic, $"{path} holds a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertPlainData(item, path + "[]", seen);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlainData(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
