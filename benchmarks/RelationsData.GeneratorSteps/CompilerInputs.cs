using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.GeneratorSteps;

/// <summary>What csc gives a generator, read from its command line: the compilation, additional files, options, and the generator itself.</summary>
internal sealed class CompilerInputs
{
    private const string GeneratorFile = "RelationsData.Generators.dll";
    private const string GeneratorType = "RelationsData.Generators.DatasetGenerator";

    private CompilerInputs(CSharpCompilation compilation, CSharpParseOptions parseOptions, ImmutableArray<AdditionalText> additionalTexts, GlobalOptionsProvider options, string generatorPath)
    {
        Compilation = compilation;
        ParseOptions = parseOptions;
        AdditionalTexts = additionalTexts;
        Options = options;
        GeneratorPath = generatorPath;
    }

    /// <summary>Gets the compilation before any generator runs: the sources and references of the command line.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>Gets the parse options, with the documentation mode that /doc sets.</summary>
    public CSharpParseOptions ParseOptions { get; }

    /// <summary>Gets the /additionalfile texts.</summary>
    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    /// <summary>Gets the global options of the /analyzerconfig files (the MSBuild properties the compiler sees).</summary>
    public GlobalOptionsProvider Options { get; }

    /// <summary>Gets the path of the dataset generator the command line loads.</summary>
    public string GeneratorPath { get; }

    /// <summary>Reads a csc command line as csc would, relative to the project's directory.</summary>
    /// <param name="commandLine">The command line, starting with the path of csc.</param>
    /// <param name="projectDirectory">The directory csc ran in.</param>
    /// <returns>The inputs, parsed and loaded but not bound.</returns>
    public static CompilerInputs Read(string commandLine, string projectDirectory)
    {
        var directory = Path.GetFullPath(projectDirectory);
        var words = CommandLineParser.SplitCommandLineIntoArguments(commandLine, removeHashComments: false).Skip(1);
        var arguments = CSharpCommandLineParser.Default.Parse(words, directory, sdkDirectory: null);
        if (arguments.Errors.Length > 0)
        {
            throw new InvalidOperationException("csc would refuse this command line: " + arguments.Errors[0]);
        }

        var trees = arguments.SourceFiles
            .AsParallel().AsOrdered()
            .Select(file => CSharpSyntaxTree.ParseText(Read(file.Path), arguments.ParseOptions, file.Path))
            .ToList();
        var references = arguments.MetadataReferences
            .Select(reference => MetadataReference.CreateFromFile(Path.GetFullPath(reference.Reference, directory), reference.Properties));
        var compilation = CSharpCompilation.Create(arguments.CompilationName, trees, references, arguments.CompilationOptions);
        var additionalTexts = arguments.AdditionalFiles.Select(file => (AdditionalText)new FileText(file.Path)).ToImmutableArray();
        var generator = arguments.AnalyzerReferences
            .Select(reference => Path.GetFullPath(reference.FilePath, directory))
            .Single(path => Path.GetFileName(path) == GeneratorFile);
        return new CompilerInputs(compilation, arguments.ParseOptions, additionalTexts, GlobalOptionsProvider.Read(arguments.AnalyzerConfigPaths), generator);
    }

    /// <summary>Loads the generator from its path, as the compiler does, with YamlDotNet from beside it.</summary>
    /// <returns>The generator, ready for a driver.</returns>
    public ISourceGenerator LoadGenerator()
    {
        var type = Assembly.LoadFrom(GeneratorPath).GetType(GeneratorType, throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    private static SourceText Read(string path)
    {
        using var stream = File.OpenRead(path);
        return SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256);
    }

    /// <summary>An additional file read on first request, as the compiler's own.</summary>
    private sealed class FileText(string path) : AdditionalText
    {
        private SourceText? text;

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text ??= Read(path);
    }
}
