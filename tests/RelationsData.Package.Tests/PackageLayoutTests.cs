using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RelationsData.Package.Tests;

/// <summary>The packed nupkg holds what users need, and depends on NodaTime only.</summary>
[Collection(nameof(PackedPackage))]
public sealed partial class PackageLayoutTests(PackedPackage package)
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
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/netstandard", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal));
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
        var description = (string)metadata.Element(ns + "description")!;
        Assert.All(["Azerbaijan", "treaties", "memberships", "events", "NodaTime", "source generator"], word => Assert.Contains(word, description, StringComparison.Ordinal));
        Assert.Superset(new HashSet<string> { "dataset", "treaties", "nodatime", "source-generator" }, ((string)metadata.Element(ns + "tags")!).Split(' ').ToHashSet());
        // An empty <repository type="git" /> says nothing; with no address given the element is left out.
        Assert.Null(metadata.Element(ns + "repository"));
    }

    [Fact]
    public void Release_notes_are_this_versions_section_of_the_changelog()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        using var stream = archive.Entries.Single(e => e.FullName == "RelationsData.nuspec").Open();
        var nuspec = XDocument.Load(stream);
        var notes = (string)nuspec.Root!.Descendants(nuspec.Root.Name.Namespace + "releaseNotes").Single();
        var changelog = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = changelog[changelog.IndexOf("\n## 0.1.0\n", StringComparison.Ordinal)..].Trim();
        Assert.Equal(section, notes.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("### Data", notes, StringComparison.Ordinal);
        Assert.Contains("### API", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Unreleased", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_readme_has_no_relative_links_or_images()
    {
        using var archive = ZipFile.OpenRead(package.NupkgPath);
        using var reader = new StreamReader(archive.Entries.Single(e => e.FullName == "README.md").Open());
        var readme = reader.ReadToEnd();
        Assert.Contains("# RelationsData", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("![", readme, StringComparison.Ordinal);
        var links = MarkdownLink().Matches(readme).Select(m => m.Groups["target"].Value).ToList();
        Assert.All(links, target => Assert.StartsWith("https://", target, StringComparison.Ordinal));
        Assert.Contains("https://nodatime.org", links);
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)[^)]*\)")]
    private static partial Regex MarkdownLink();
}
