using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.Generators.Tests;

/// <summary>Runs the dataset generator over in-memory C# and YAML, as the compiler would during a build.</summary>
internal static class GeneratorHarness
{
    /// <summary>
    /// Tables over the library's own record types, declared in a user's namespace: the same opt-in a consuming project uses.
    /// </summary>
    public const string Tables = """
        using RelationsData;

        namespace Fixture;

        [DatasetTable("sources", typeof(Source))]
        public static partial class Sources;

        [DatasetTable("actors", typeof(Actor))]
        public static partial class Actors;

        [DatasetTable("treaties", typeof(Treaty))]
        public static partial class Treaties;

        [DatasetTable("events", typeof(Event))]
        public static partial class Events;
        """;

    /// <summary>A valid source and two actors that other fixtures cite and refer to.</summary>
    public const string BaseYaml = """
        sources:
          - id: report
            title: A report
            kind: report
            published: 2025
        actors:
          - id: azerbaijan
            name: Azerbaijan
            kind: state
            citations: [{ source: report }]
          - id: russia
            name: Russia
            kind: state
            citations: [{ source: report }]
        """;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(PartialDate).Assembly.Location)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Fixture",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/fixture/Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new DatasetGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator on <see cref="Tables"/> and the given YAML files (name, content) and returns its diagnostics and sources.</summary>
    public static GeneratorRun Run(params (string Name, string Yaml)[] files) => Run(Tables, files);

    public static GeneratorRun Run(string tables, params (string Name, string Yaml)[] files) =>
        RunFiles(tables, files.Select(f => YamlText.From(f.Name, f.Yaml)).ToArray());

    /// <summary>Runs the generator on the given tables and files, which may hold any bytes.</summary>
    public static GeneratorRun RunFiles(string tables, params AdditionalText[] files)
    {
        var compilation = CreateCompilation(tables);
        var driver = CreateDriver(files);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }
}

/// <summary>The outcome of one generator run.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public string Source(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Errors from compiling the user's code together with the generated code.</summary>
    public IEnumerable<Diagnostic> CompileErrors =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>A YAML file held in memory, as the compiler passes AdditionalFiles to generators.</summary>
internal sealed class YamlText : AdditionalText
{
    private readonly SourceText text;

    private YamlText(string path, SourceText text)
    {
        Path = path;
        this.text = text;
    }

    public override string Path { get; }

    public static YamlText From(string name, string yaml) => new("/data/" + name, SourceText.From(yaml, Encoding.UTF8));

    /// <summary>Decodes bytes as the compiler does for a file on disk, which drops a byte order mark.</summary>
    public static YamlText FromBytes(string name, byte[] bytes) => new("/data/" + name, SourceText.From(new MemoryStream(bytes), Encoding.UTF8));

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
