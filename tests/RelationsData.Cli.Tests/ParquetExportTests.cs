using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;

namespace RelationsData.Cli.Tests;

/// <summary>The Parquet export read back through DuckDB, as an analyst would: a file per kind, typed columns, every record.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string directory = Path.GetDirectoryName(Cli.TemporaryFile("parquet"))!;
    private readonly DuckDbSession duckDb = new();

    public ParquetExportTests()
    {
        var result = Cli.Run("export", "--format", "parquet", "--out", directory);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public void Dispose()
    {
        duckDb.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Each_kind_has_a_file_with_every_record_in_order()
    {
        Assert.Equal(DatasetExport.Kinds.Select(k => k + ".parquet").Order(StringComparer.Ordinal), Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (kind, type) in Kinds())
        {
            Assert.Equal(RecordsOf(type).Select(r => r.Id), Column(kind, "id"));
        }
    }

    [Fact]
    public void Columns_are_typed_dates_lists_and_numbers()
    {
        var treaties = Types("treaties");
        Assert.Equal("VARCHAR", treaties["signed"]);
        Assert.Equal("DATE", treaties["signed_first_day"]);
        Assert.Equal("DATE", treaties["signed_last_day"]);
        Assert.Equal("VARCHAR[]", treaties["dimensions"]);
        Assert.Equal("VARCHAR[]", treaties["parties"]);
        Assert.Equal("VARCHAR[]", treaties["obligations"]);
        Assert.Equal("VARCHAR", treaties["status"]);
        Assert.StartsWith("STRUCT(", treaties["citations"], StringComparison.Ordinal);
        Assert.EndsWith("[]", treaties["citations"], StringComparison.Ordinal);
        Assert.Equal("INTEGER", Types("events")["tone"]);
        Assert.StartsWith("DECIMAL", Types("statistics")["value"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fact_has_its_first_and_last_day_and_its_edtf_text()
    {
        foreach (var (kind, type) in Kinds().Where(k => k.Type.IsAssignableTo(typeof(Fact))))
        {
            var facts = RecordsOf(type).Cast<Fact>().ToList();
            Assert.Equal(facts.Select(f => f.Extent is { } e ? LocalDatePattern.Iso.Format(e.FirstDay) : null), Column(kind, "first_day"));
            Assert.Equal(facts.Select(f => f.Extent?.LastDay is { } last ? LocalDatePattern.Iso.Format(last) : null), Column(kind, "last_day"));
        }

        Assert.Equal(InFileOrder<Event>().Select(e => e.When.ToString()), Column("events", "\"when\""));
        Assert.Equal(InFileOrder<Event>().Select(e => LocalDatePattern.Iso.Format(e.When.FirstDay)), Column("events", "when_first_day"));
        Assert.Equal(InFileOrder<Treaty>().Select(t => LocalDatePattern.Iso.Format(t.Signed.End)), Column("treaties", "signed_last_day"));
    }

    [Fact]
    public void Every_list_holds_the_records_items_and_flags_are_lists_of_yaml_names()
    {
        foreach (var (kind, type) in Kinds())
        {
            foreach (var property in RecordFields.Of(type).Where(p => p.PropertyType == typeof(ImmutableArray<string>)))
            {
                var expected = RecordsOf(type).Select(r => string.Join("|", (IEnumerable<string>)((ImmutableArray<string>)property.GetValue(r)!)));
                Assert.Equal(expected, Column(kind, $"array_to_string(\"{Snake(property.Name)}\", '|')"));
            }
        }

        Assert.Equal(InFileOrder<Treaty>().Select(t => string.Join("|", DatasetNames.FlagsOf(t.Dimensions))), Column("treaties", "array_to_string(dimensions, '|')"));
        Assert.Equal(InFileOrder<Treaty>().Select(t => string.Join("|", DatasetNames.FlagsOf(t.Obligations))), Column("treaties", "array_to_string(obligations, '|')"));
        Assert.Equal(InFileOrder<Event>().Select(e => DatasetNames.Of(e.Kind)), Column("events", "kind"));
        Assert.Equal(InFileOrder<Membership>().Select(m => DatasetNames.Of(m.Role)), Column("memberships", "role"));
    }

    [Fact]
    public void Nested_citations_and_discrepancies_read_as_lists_of_structs()
    {
        Assert.Equal(InFileOrder<Event>().Select(e => string.Join("|", e.Citations.Select(c => c.Source))), Column("events", "array_to_string(list_transform(citations, c -> c.source), '|')"));
        var membership = Memberships.Get("cis-accession-1993");
        var discrepancy = membership.Discrepancies[0];
        Assert.Equal(
            (string?[])[discrepancy.Chosen, discrepancy.Claims.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), discrepancy.Claims[0].Citations[0].Source],
            Query($"SELECT discrepancies[1].chosen, len(discrepancies[1].claims), discrepancies[1].claims[1].citations[1].source FROM {File("memberships")} WHERE id = 'cis-accession-1993'").Single());
        Assert.Equal(InFileOrder<Statistic>().Select(s => s.Value), Column("statistics", "value").Select(v => decimal.Parse(v!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_readme_query_over_every_file_answers_what_held_on_a_day()
    {
        var readme = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("```sql", StringComparison.Ordinal) + "```sql".Length;
        var sql = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Replace("'parquet/", $"'{directory.Replace("'", "''", StringComparison.Ordinal)}/", StringComparison.Ordinal);

        var expected = RelationsDataset.Facts.ActiveOn(new NodaTime.LocalDate(1998, 6, 1)).InDimensions(Dimensions.Security).Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Query(sql).Select(row => row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parquet_needs_an_output_folder()
    {
        var result = Cli.Run("export", "--format", "parquet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format parquet needs --out DIR", result.Error);
    }

    private static IEnumerable<(string Kind, Type Type)> Kinds() => DatasetTables.Kinds.Select(k => (k.Name, k.RecordType));

    private static IEnumerable<IRecord> RecordsOf(Type type) => RelationsDataset.Records.Where(r => r.GetType() == type);

    /// <summary>The records of one kind in the order the export writes them, the dataset's order of records.</summary>
    private static IEnumerable<T> InFileOrder<T>() => RelationsDataset.Records.OfType<T>();

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private string File(string kind) => $"read_parquet('{Path.Combine(directory, kind + ".parquet").Replace("'", "''", StringComparison.Ordinal)}')";

    /// <summary>A SQL expression for every row of a kind's file, in file order, as text (dates as ISO dates).</summary>
    private List<string?> Column(string kind, string expression) =>
        Query($"SELECT CAST({expression} AS VARCHAR) FROM {File(kind)}").Select(row => row[0]).ToList();

    private Dictionary<string, string> Types(string kind) =>
        Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {File(kind)})").ToDictionary(row => row[0]!, row => row[1]!);

    private List<string?[]> Query(string sql) => duckDb.Query(sql);
}
