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
/// types that <c>[DatasetTable]</c> classes name. Pipeline: read the tables' schema; parse each file on its own; bind
/// each file to the schema; link all files; emit one source file per table.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
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

        // Each YAML file on its own, so editing one leaves the others cached.
        var files = context.AdditionalTextsProvider
            .Where(static text => IsYaml(text.Path))
            .Select(static (text, cancellationToken) => Guard(() => YamlParser.Parse(text.Path, text.GetText(cancellationToken), cancellationToken), "parsing " + Path.GetFileName(text.Path), failure => new YamlFile(text.Path, null, failure)))
            .WithTrackingName(TrackingNames.ParsedFiles);

        // Each file checked against the schema.
        var bound = files.Combine(schema)
            .Select(static (pair, cancellationToken) => Guard(() => RecordBinder.Bind(pair.Left, pair.Right, cancellationToken), "checking " + pair.Left.FileName, failure => new BoundFile(pair.Left.Path, EquatableArray<BoundRecord>.Empty, failure, IsUnreadable: true)))
            .WithTrackingName(TrackingNames.BoundFiles);

        // Every file together: ids across files, references, chronological order.
        var dataset = bound.Collect().Combine(schema)
            .Select(static (pair, cancellationToken) => Guard(() => DatasetLinker.Link(pair.Left, pair.Right, cancellationToken), "linking the dataset", failure => new DatasetModel(EquatableArray<TableOutput>.Empty, failure)))
            .WithTrackingName(TrackingNames.Dataset);

        context.RegisterSourceOutput(schema, static (output, model) => Report(output, model.Diagnostics));
        context.RegisterSourceOutput(bound, static (output, model) => Report(output, model.Diagnostics));
        context.RegisterSourceOutput(dataset, static (output, model) =>
        {
            Report(output, model.Diagnostics);
            foreach (var table in model.Tables)
            {
                var source = Guard<string?>(() => DatasetEmitter.Emit(table), "emitting " + table.ClassName, failure =>
                {
                    Report(output, failure);
                    return null;
                });
                if (source is not null)
                {
                    output.AddSource(DatasetEmitter.HintName(table), SourceText.From(source, System.Text.Encoding.UTF8));
                }
            }
        });
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Get(diagnostic.Id);
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

    private static TableSpec FailedSpec(EquatableArray<DiagnosticInfo> failure) =>
        new(string.Empty, string.Empty, string.Empty, string.Empty, EquatableArray<RecordShape>.Empty, null, failure);

    private static DatasetSchema FailedSchema(EquatableArray<DiagnosticInfo> failure) =>
        new(EquatableArray<TableSpec>.Empty, failure);
}
