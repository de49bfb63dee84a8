using System;
using System.IO;
using System.Linq;

namespace RelationsData.Package.Tests;

/// <summary>
/// Packs the library once per test run into a folder feed, with a version of its own so NuGet's global cache can never
/// serve a package from an earlier run.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Feed = Directory.CreateTempSubdirectory("relationsdata-feed-").FullName;
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var project = System.IO.Path.Combine(RepositoryPaths.Root, "src", "RelationsData", "RelationsData.csproj");
        var (exitCode, output) = Command.Run(RepositoryPaths.Root, "dotnet", "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }

        NupkgPath = Directory.GetFiles(Feed, "RelationsData.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
    }

    public string Feed { get; }

    public string Version { get; }

    public string NupkgPath { get; }

    public void Dispose() => Directory.Delete(Feed, recursive: true);
}

[CollectionDefinition(nameof(PackedPackage))]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>;
