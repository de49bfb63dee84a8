using System;
using System.IO;
using System.Linq;

namespace RelationsData.Package.Tests;

/// <summary>
/// A throwaway console project references the packed nupkg from a folder feed, adds YAML and a kind of its own, builds
/// and runs, and exports its own dataset through its generated registry; then a mistake in its YAML shows as a build
/// error at the right line and column.
/// </summary>
[Collection(nameof(PackedPackage))]
public sealed class ConsumerProjectTests(PackedPackage package) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("relationsdata-consumer-").FullName;

    private const string Program = """
        using System;
        using System.Collections.Immutable;
        using System.Linq;
        using NodaTime;
        using RelationsData;

        [assembly: DatasetAsOf(2025, 6, 30)]

        namespace Consumer;

        public sealed record Sanction : Fact
        {
            public required PartialDate Imposed { get; init; }

            [References(typeof(Actor))]
            public ImmutableArray<string> Targets { get; init; } = [];

            public override DateRange? Extent => DateRange.From(Imposed);

            public override ImmutableArray<Involvement> Involvements => Involve(Targets, ActorRole.Target);
        }

        [DatasetTable("sanctions", typeof(Sanction))]
        public static partial class MySanctions;

        [DatasetTable("sources", typeof(Source))]
        public static partial class MySources;

        [DatasetTable("actors", typeof(Actor))]
        public static partial class MyActors;

        [DatasetTable("events", typeof(Event))]
        public static partial class MyEvents;

        public static class Program
        {
            public static void Main()
            {
                Console.WriteLine($"own events: {MyEvents.Count}");
                Console.WriteLine($"first: {MyEvents.All[0].Title} ({MyEvents.All[0].When})");
                Console.WriteLine($"active on 2004-06-01: {MyEvents.All.CountActiveOn(new LocalDate(2004, 6, 1))}");
                Console.WriteLine($"typed member: {MyEvents.RoseRevolution2003.Id}");
                Console.WriteLine($"shipped treaties: {Treaties.Count}");
                var mine = RelationsData.Generated.Consumer.DatasetRegistry.Dataset;
                Console.WriteLine($"kinds: {string.Join(", ", mine.Kinds.Select(k => k.Name))}");
                Console.WriteLine($"timeline: {string.Join(", ", mine.Facts.Select(f => f.Id))}");
                Console.WriteLine($"sanctions in 2010: {MySanctions.All.Overlapping(2010).Count()}");
                Console.Out.Flush();
                DatasetExport.WriteJson(Console.OpenStandardOutput(), mine);
            }
        }
        """;

    private const string Yaml = """
        sources:
          - id: my-notes
            title: My notes
            kind: report
        actors:
          - id: georgia
            name: Georgia
            kind: state
            citations: [{ source: my-notes }]
        events:
          - id: rose-revolution-2003
            title: Rose Revolution
            summary: Protests lead to a change of government.
            dimensions: [political]
            when: 2003-11
            kind: transition
            tone: 0
            initiators: [georgia]
            citations: [{ source: my-notes }]
          - id: ongoing-reform
            title: Reform programme
            summary: A long-running programme.
            dimensions: [economic]
            when: 2004/..
            kind: cooperate
            tone: 1
            initiators: [georgia]
            citations: [{ source: my-notes }]
        sanctions:
          - id: embargo-2008
            title: An embargo
            summary: Trade is cut off.
            dimensions: [economic]
            imposed: 2006-10
            targets: [georgia]
            citations: [{ source: my-notes }]
        """;

    [Fact]
    public void Consumer_compiles_its_own_yaml_and_reports_yaml_errors_at_their_line()
    {
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestoreAdditionalProjectSources>{package.Feed}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{package.Packages}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RelationsData" Version="{package.Version}" />
                <AdditionalFiles Include="data/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        Directory.CreateDirectory(Path.Combine(directory, "data"));
        var yamlPath = Path.Combine(directory, "data", "georgia.yaml");
        File.WriteAllText(yamlPath, Yaml);

        var (runCode, output) = Command.Run(directory, "dotnet", "run");
        Assert.True(runCode == 0, output);
        Assert.Contains("own events: 2", output, StringComparison.Ordinal);
        Assert.Contains("first: Rose Revolution (2003-11)", output, StringComparison.Ordinal);
        Assert.Contains("active on 2004-06-01: 1", output, StringComparison.Ordinal);
        Assert.Contains("typed member: rose-revolution-2003", output, StringComparison.Ordinal);
        Assert.Contains("shipped treaties: " + Treaties.Count, output, StringComparison.Ordinal);
        Assert.Contains("kinds: sanctions, sources, actors, events", output, StringComparison.Ordinal);
        Assert.Contains("timeline: rose-revolution-2003, ongoing-reform, embargo-2008", output, StringComparison.Ordinal);
        Assert.Contains("sanctions in 2010: 1", output, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2025-06-30\"", output, StringComparison.Ordinal);
        Assert.Contains("\"sanctions\": [\n    {\n      \"id\": \"embargo-2008\",", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(package.Packages, "relationsdata", package.Version)), "the consumer did not restore into the run's own package folder");
        Assert.False(Directory.Exists(Path.Combine(GlobalPackagesFolder(), "relationsdata", package.Version)), "the test package reached the global package folder");

        File.WriteAllText(yamlPath, Yaml.Replace("kind: transition", "kind: revolution", StringComparison.Ordinal));
        var (buildCode, buildOutput) = Command.Run(directory, "dotnet", "build");
        Assert.NotEqual(0, buildCode);
        Assert.True(buildOutput.Contains("georgia.yaml(16,11): error RD0008", StringComparison.Ordinal), buildOutput);
        Assert.Contains("'revolution', which is not a EventKind", buildOutput, StringComparison.Ordinal);
    }

    /// <summary>The user's global package folder, as NuGet reports it.</summary>
    private static string GlobalPackagesFolder()
    {
        const string Label = "global-packages:";
        var (exitCode, output) = Command.Run(RepositoryPaths.Root, "dotnet", "nuget", "locals", "global-packages", "--list");
        Assert.True(exitCode == 0, output);
        return output.Split('\n').Single(line => line.StartsWith(Label, StringComparison.Ordinal))[Label.Length..].Trim();
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
