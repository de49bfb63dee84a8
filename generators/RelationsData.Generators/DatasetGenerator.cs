using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generators.Binding;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Emitting;
using RelationsData.Generators.Linking;
using RelationsData.Generators.Model;
using RelationsData.Generators.Parsing;
using RelationsData.Generators.Schema;

namespace RelationsData.Generators;

/// <summary>
/// Compiles the dataset's YAML files (AdditionalFiles ending in .yaml or .yml) into typed records, following the record
/// types that <c>[DatasetTable]</c> classes name. Pipeline: read the tables' schema; parse each file on its own and bind
/// it to the schema in the same step (only the bound records are cached, never a parse tree); link all files; emit one
/// source file per table (each its own output, so an edit re-emits only the tables it changes), one reader that every
/// table's storage decodes with, one registry that lists the tables as a dataset, the Extent and Involvements of partial
/// fact records, and the JSON Schema of the YAML.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    private const string DatasetAsOfAttribute = "RelationsData.DatasetAsOfAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The [DatasetTable] classes and their record types, reduced to equatable specs.
        var tables = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SchemaReader.DatasetTableAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => Guard(() => SchemaReader.Read(syntax, cancellationToken), "reading a [DatasetTable] declaration", FailedSpec))
            .WithTrackingName(TrackingNames.Tables);

        // All tables at once: keys must be unique and references must name types some table holds.
        var schema = tables.Collect()
            .Select(static (specs, _) => Guard(() => SchemaLinker.Link(specs), "linking the schema", FailedSchema))
            .WithTrackingName(TrackingNames.Schema);

        // Each YAML file on its own, parsed and checked against the schema in one step, so editing one leaves the others
        // cached and only the checked records are kept: a file's parse tree is garbage as soon as it is bound.
        var bound = context.AdditionalTextsProvider
            .Where(static text => IsYaml(text.Path))
            .Combine(schema)
            .Select(static (pair, cancellationToken) => Guard(() => RecordBinder.Bind(YamlParser.Parse(pair.Left.Path, pair.Left.GetText(cancellationToken), cancellationToken), pair.Right, cancellationToken), "reading " + Path.GetFileName(pair.Left.Path), failure => new BoundFile(pair.Left.Path, EquatableArray<BoundRecord>.Empty, failure, IsUnreadable: true)))
            .WithTrackingName(TrackingNames.BoundFiles);

        // Every file together: ids across files, references, chronological order. The schema comes first in the pair, as
        // in Roslyn's own pairs of a value and a collection, whose pipeline code the compiler has then compiled already.
        var dataset = schema.Combine(bound.Collect())
            .Select(static (pair, cancellationToken) => Guard(() => DatasetLinker.Link(pair.Right, pair.Left, cancellationToken), "linking the dataset", failure => new DatasetModel(EquatableArray<TableOutput>.Empty, failure)))
            .WithTrackingName(TrackingNames.Dataset);

        // The assembly names the shared reader's namespace, apart from the reader of any dataset it references.
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
            .WithTrackingName(TrackingNames.AssemblyName);

        // Pipeline values are classes or pairs of classes wherever they can be: each value type makes the compiler JIT
        // about a hundred more methods of Roslyn's pipeline machinery for it, as that code is not precompiled for the
        // generator's types (see docs/benchmarks.md, "The generator in a fresh compiler").
        var schemaAndAssembly = schema.Combine(assemblyName);

        // One reader per assembly, written only when there are tables to use it: the assembly's name, or null.
        var reader = schemaAndAssembly
            .Select(static (pair, _) => pair.Left.Tables.Count > 0 ? pair.Right : null)
            .WithTrackingName(TrackingNames.Reader);

        // Where diagnostics link to, when the build says (an MSBuild property made visible to the compiler).
        var helpUrl = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property." + DiagnosticDescriptors.HelpUrlProperty, out var url) ? url.Trim() : string.Empty)
            .WithTrackingName(TrackingNames.HelpUrl);

        // The assembly's [DatasetAsOf] arguments, such as "2025, 12, 31"; "" when it declares none.
        var asOf = context.CompilationProvider
            .Select(static (compilation, _) => ReadAsOf(compilation))
            .WithTrackingName(TrackingNames.AsOf);

        // The registry lists the tables, not their records, so editing YAML leaves it cached.
        var registry = schema
            .Combine(assemblyName.Combine(asOf).Select(static (pair, _) => new RegistryTarget(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(schema.Combine(helpUrl), static (output, pair) => Report(output, pair.Left.Diagnostics, pair.Right));
        context.RegisterSourceOutput(registry, static (output, pair) =>
        {
            var (model, target) = pair;
            if (model.Tables.Count > 0)
            {
                AddSource(output, RegistryEmitter.HintName(target.AssemblyName), () => RegistryEmitter.Emit(model, target.AssemblyName, target.AsOf), "emitting the dataset registry");
            }
        });
        context.RegisterSourceOutput(bound.Combine(helpUrl), static (output, pair) => Report(output, pair.Left.Diagnostics, pair.Right));
        context.RegisterSourceOutput(reader, static (output, assembly) =>
        {
            if (assembly is not null)
            {
                AddSource(output, ReaderEmitter.HintName(assembly), () => ReaderEmitter.Emit(assembly), "emitting the dataset reader");
            }
        });
        // The JSON Schema of the YAML, for editors: it follows the schema alone, so YAML edits leave it cached.
        context.RegisterSourceOutput(schemaAndAssembly, static (output, pair) =>
        {
            if (pair.Left.Tables.Count > 0)
            {
                AddSource(output, JsonSchemaEmitter.HintName(pair.Right), () => JsonSchemaEmitter.Emit(pair.Left, pair.Right), "emitting the JSON Schema");
            }
        });
        // Each fact record's Extent and Involvements from its marks: they follow the schema alone.
        context.RegisterSourceOutput(schema, static (output, model) =>
        {
            foreach (var shape in FactMembersEmitter.Targets(model))
            {
                AddSource(output, FactMembersEmitter.HintName(shape), () => FactMembersEmitter.Emit(shape), "emitting the fact members of " + shape.DisplayName);
            }
        });

        // Problems across files apart from the tables (the dataset without them), so a table is written again only when its own output changes.
        var datasetDiagnostics = dataset.Select(static (model, _) => model with { Tables = EquatableArray<TableOutput>.Empty }).WithTrackingName(TrackingNames.DatasetDiagnostics);
        context.RegisterSourceOutput(datasetDiagnostics.Combine(helpUrl), static (output, pair) => Report(output, pair.Left.Diagnostics, pair.Right));

        // One output per table: editing a file re-emits only the tables whose records it changes.
        var tableOutputs = dataset.SelectMany(static (model, _) => model.Tables)
            .WithTrackingName(TrackingNames.TableOutputs)
            .Combine(assemblyName);
        context.RegisterSourceOutput(tableOutputs, static (output, pair) =>
            AddSource(output, DatasetEmitter.HintName(pair.Left), () => DatasetEmitter.Emit(pair.Left, pair.Right), "emitting " + pair.Left.ClassName));
    }

    /// <summary>Adds a generated file, or reports RD0099 if writing it fails.</summary>
    private static void AddSource(SourceProductionContext output, string hintName, Func<string> emit, string activity)
    {
        var source = Guard<string?>(emit, activity, failure =>
        {
            Report(output, failure, string.Empty);
            return null;
        });
        if (source is not null)
        {
            output.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    private static string ReadAsOf(Compilation compilation)
    {
        var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == DatasetAsOfAttribute);
        return attribute is { ConstructorArguments.Length: 3 } && attribute.ConstructorArguments.All(a => a.Value is int)
            ? string.Join(", ", attribute.ConstructorArguments.Select(a => ((int)a.Value!).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : string.Empty;
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics, string helpUrl)
    {
        foreach (var diagnostic in diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Get(diagnostic.Id, helpUrl);
            output.ReportDiagnostic(Diagnostic.Create(descriptor, diagnostic.Location?.ToLocation() ?? Location.None, diagnostic.Arguments.Select(argument => (object)argument).ToArray()));
        }
    }

    /// <summary>Runs a pipeline step; an unexpected exception becomes an RD0099 diagnostic instead of crashing the build.</summary>
    private static T Guard<T>(Func<T> step, string activity, Func<EquatableArray<DiagnosticInfo>, T> onFailure)
    {
        try
        {
            return step();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, activity, exception.GetType().Name + ": " + exception.Message);
            return onFailure(ImmutableArray.Create(diagnostic).ToEquatableArray());
        }
    }

    /// <summary>What the registry needs of the assembly besides the schema: its name and its <c>[DatasetAsOf]</c> arguments.</summary>
    private sealed record RegistryTarget(string AssemblyName, string AsOf);

    private static TableSpec FailedSpec(EquatableArray<DiagnosticInfo> failure) =>
        new(string.Empty, string.Empty, string.Empty, string.Empty, EquatableArray<RecordShape>.Empty, null, failure);

    private static DatasetSchema FailedSchema(EquatableArray<DiagnosticInfo> failure) =>
        new(EquatableArray<TableSpec>.Empty, failure);
}
