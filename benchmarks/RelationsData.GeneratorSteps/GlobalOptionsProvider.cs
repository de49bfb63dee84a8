using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.GeneratorSteps;

/// <summary>The build's global analyzer options (such as build_property.RelationsDataDiagnosticsUrl); no per-file options, which the generator does not read.</summary>
internal sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions None = new Options(ImmutableDictionary<string, string>.Empty);

    private GlobalOptionsProvider(AnalyzerConfigOptions global) => GlobalOptions = global;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Reads the global options of the given .editorconfig and .globalconfig files.</summary>
    /// <param name="paths">The /analyzerconfig paths.</param>
    /// <returns>A provider of those options.</returns>
    public static GlobalOptionsProvider Read(IEnumerable<string> paths)
    {
        var configs = paths.Select(path => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), path)).ToList();
        var global = AnalyzerConfigSet.Create(configs).GlobalConfigOptions.AnalyzerOptions;
        return new GlobalOptionsProvider(new Options(global));
    }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
