using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Tests.Robustness;

/// <summary>
/// The repository's data/ files and the library's own tables, with the schema read once by a real generator run, so that
/// mutated files can go through the parse, bind and link stages directly, thousands of times a minute.
/// </summary>
internal sealed class RealDataset
{
    private RealDataset(ImmutableArray<(string Path, byte[] Bytes)> files, DatasetSchema schema)
    {
        Files = files;
        Schema = schema;
    }

    public static RealDataset Instance { get; } = Load();

    public ImmutableArray<(string Path, byte[] Bytes)> Files { get; }

    public DatasetSchema Schema { get; }

    /// <summary>The library's [DatasetTable] declarations, moved into the fixture's namespace.</summary>
    public static string Tables => "using RelationsData;\n" + File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "RelationsData", "Dataset", "DatasetTables.cs"))
        .Replace("namespace RelationsData;", "namespace Fixture;", StringComparison.Ordinal);

    /// <summary>How many items the file's table lists hold, by YamlDotNet's own reading: each must be emitted or reported.</summary>
    public static int CountItems(YamlFile file) =>
        file.Root is { Kind: YamlNodeKind.Mapping } root ? root.Entries.Where(e => e.Value.Kind == YamlNodeKind.Sequence).Sum(e => e.Value.Items.Count) : 0;

    private static RealDataset Load()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "data"), "*.yaml")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ("/data/" + Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToImmutableArray();
        return new RealDataset(files, SchemaOf(Tables));
    }

    /// <summary>The schema the generator reads from <paramref name="tables"/>, taken from its tracked pipeline step.</summary>
    public static DatasetSchema SchemaOf(string tables)
    {
        var run = GeneratorHarness.RunFiles(tables);
        return (DatasetSchema)run.Result.Results.Single().TrackedSteps[TrackingNames.Schema].Single().Outputs.Single().Value;
    }
}
