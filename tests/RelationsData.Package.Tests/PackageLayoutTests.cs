using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace RelationsData.Package.Tests;

/// <summary>The packed nupkg holds what users need, and depends on NodaTime only.</summary>
[Collection(nameof(PackedPackage))]
public sealed class PackageLayoutTests(PackedPackage package)
{
    [Fact]
    public void Nupkg_holds_both_libraries_with_docs_the_generator_with_YamlDotNet_and_the_readme()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net8.0/RelationsData.dll", entries);
        Assert.Contains("lib/net8.0/RelationsData.xml", entries);
        Assert.Contains("lib/net10.0/RelationsData.dll", entries);
        Assert.Contains("lib/net10.0/RelationsData.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/RelationsData.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/netstandard", System.StringComparison.Ordinal) || e.EndsWith(".pdb", System.StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(package.NupkgPath, ".snupkg")), "the symbols package is missing");
    }

    [Fact]
    public void Nuspec_depends_on_NodaTime_only_and_carries_its_metadata()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        using var stream = archive.Entries.Single(e => e.FullName == "RelationsData.nuspec").Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct().ToList();
        Assert.Equal(["NodaTime"], dependencies);
        Assert.Equal(["net10.0", "net8.0"], metadata.Descendants(ns + "group").Select(g => (string)g.Attribute("targetFramework")!).Order());
        Assert.Equal("MIT", (string?)metadata.Element(ns + "license"));
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.Equal(package.Version, (string?)metadata.Element(ns + "version"));
        Assert.Contains("Azerbaijan", (string?)metadata.Element(ns + "description"), System.StringComparison.Ordinal);
        Assert.Contains("source-generator", (string?)metadata.Element(ns + "tags"), System.StringComparison.Ordinal);
    }
}
