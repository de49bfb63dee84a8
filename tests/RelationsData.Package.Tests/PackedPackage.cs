using System;
using System.IO;
using System.Linq;

namespace RelationsData.Package.Tests;

/// <summary>
/// Packs the library once per test run into a folder feed, with a version of its own so no NuGet cache can serve a
/// package from an earlier run. Consumer projects restore into a package folder of the run's own, removed afterwards
/// with the feed, so the user's global package folder is left as it was.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("relationsdata-package-tests-").FullName;

    public PackedPackage()
    {
        Feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(root, "packages")).FullName;
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var project = Path.Combine(RepositoryPaths.Root, "src", "RelationsData", "RelationsData.csproj");
        var (exitCode, output) = Command.Run(RepositoryPaths.Root, "dotnet", "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }

        NupkgPath = Directory.GetFiles(Feed, "RelationsData.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
    }

    /// <summary>The folder feed that holds the packed nupkg and snupkg.</summary>
    public string Feed { get; }

    /// <summary>The package folder consumer projects restore into (their <c>RestorePackagesPath</c>).</summary>
    public string Packages { get; }

    public string Version { get; }

    public string NupkgPath { get; }

    public void Dispose() => Directory.Delete(root, recursive: true);
}

[CollectionDefinition(nameof(PackedPackage))]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>;
