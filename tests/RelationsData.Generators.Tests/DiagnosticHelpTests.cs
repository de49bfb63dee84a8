using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RelationsData.Generators.Diagnostics;

namespace RelationsData.Generators.Tests;

/// <summary>Diagnostics explain themselves outside this repository: a description each, and a help link only to an absolute address.</summary>
public sealed class DiagnosticHelpTests
{
    private const string Yaml = "sources:\n  - id: s\n    title: [T]\n    kind: report\n";

    [Fact]
    public void Every_descriptor_has_a_description_and_no_repository_path()
    {
        Assert.All(DiagnosticDescriptors.All, descriptor =>
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(CultureInfo.InvariantCulture)), descriptor.Id);
            Assert.Empty(descriptor.HelpLinkUri);
            Assert.DoesNotContain("docs/", descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Help_link_points_to_the_configured_page_and_section()
    {
        var diagnostic = Single(new Dictionary<string, string> { ["build_property.RelationsDataDiagnosticsUrl"] = "https://example.org/repo/blob/main/docs/diagnostics.md" });
        Assert.Equal("https://example.org/repo/blob/main/docs/diagnostics.md#rd0005", diagnostic.Descriptor.HelpLinkUri);
        Assert.Contains("Scalar where a list belongs", diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture), System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("docs/diagnostics.md")]
    public void No_help_link_without_an_absolute_address(string url)
    {
        var diagnostic = Single(new Dictionary<string, string> { ["build_property.RelationsDataDiagnosticsUrl"] = url });
        Assert.Empty(diagnostic.Descriptor.HelpLinkUri);
    }

    private static Diagnostic Single(Dictionary<string, string> globalOptions)
    {
        var driver = GeneratorHarness.CreateDriver(new[] { YamlText.From("test.yaml", Yaml) }, new OptionsProvider(globalOptions));
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation(GeneratorHarness.Tables));
        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("RD0005", diagnostic.Id);
        return diagnostic;
    }

    private sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
