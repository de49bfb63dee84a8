using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RelationsData.Tests;

/// <summary>docs/data.md and docs/discrepancies.md describe the data as it is: generated sections match, every field and enum member is documented.</summary>
public sealed class DocsTests
{
    private static readonly Lazy<string> DataDictionary = new(() =>
        File.ReadAllText(Path.Combine(DocSection.RepositoryRoot, "docs", "data.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    private const string CommonFactFields = "Fields every fact has";

    private static readonly Type[] NestedTypes = [typeof(Citation), typeof(Discrepancy), typeof(Claim)];

    [Fact]
    public void The_coverage_tables_in_data_md_match_the_data() => DocSection.AssertCurrent("data", "coverage", CoverageReport.Render());

    [Fact]
    public void Discrepancies_md_lists_every_discrepancy_of_the_data() => DocSection.AssertCurrent("discrepancies", "discrepancies", DiscrepancyReport.Render());

    [Fact]
    public void Data_md_documents_every_yaml_key_under_its_kind()
    {
        var sections = KindTables.All.Select(t => (Heading: t.Kind, Type: t.Records[0].GetType()))
            .Concat(NestedTypes.Select(t => (Heading: t.Name, Type: t)));
        // The fields every fact shares are documented once, under their own heading.
        var missing = sections.SelectMany(s => DataProperties(s.Type)
            .Select(p => (Heading: p.DeclaringType == typeof(Fact) ? CommonFactFields : s.Heading, Key: JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
            .Where(f => !Section(f.Heading).Contains($"| `{f.Key}` |", StringComparison.Ordinal))
            .Select(f => $"{f.Heading}: {f.Key}"));
        Assert.Empty(missing);
    }

    [Fact]
    public void Data_md_documents_every_member_of_every_enum_the_data_uses()
    {
        var enums = KindTables.All.Select(t => t.Records[0].GetType()).Concat(NestedTypes)
            .SelectMany(DataProperties)
            .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)
            .Where(t => t.IsEnum)
            .Distinct();
        var missing = enums.SelectMany(type => Enum.GetValues(type).Cast<Enum>()
            .Select(DatasetNames.Of)
            .Where(name => !Section(type.Name).Contains($"| `{name}` |", StringComparison.Ordinal))
            .Select(name => $"{type.Name}: {name}"));
        Assert.Empty(missing);
    }

    private static IEnumerable<System.Reflection.PropertyInfo> DataProperties(Type type) => type.GetProperties().Where(p => p.SetMethod is not null);

    // The text from "### heading" to the next heading.
    private static string Section(string heading)
    {
        var text = DataDictionary.Value;
        var start = text.IndexOf($"\n### {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/data.md has no '### {heading}' section.");
        var next = text.IndexOf("\n#", start + heading.Length + 5, StringComparison.Ordinal);
        return next < 0 ? text[start..] : text[start..next];
    }
}
