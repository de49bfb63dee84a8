using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RelationsData.Cli.Tests;

/// <summary>
/// The JSON Lines export read back through DuckDB's <c>read_json</c>, as Spark or a line-oriented tool would read it:
/// one object per line with its kind and its record, every record of every kind.
/// </summary>
/// <remarks>
/// DuckDB.NET.Data.Full's native library has the json extension built in (<c>duckdb_extensions()</c> lists it as loaded),
/// so this needs no download and runs offline, as <see cref="The_json_extension_is_built_in_and_needs_no_download"/> checks.
/// </remarks>
public sealed class JsonLinesExportTests : IDisposable
{
    private readonly string file = Cli.TemporaryFile("relations.jsonl");
    private readonly DuckDbSession duckDb = new();

    public JsonLinesExportTests()
    {
        var result = Cli.Run("export", "--format", "jsonl", "--out", file);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public void Dispose()
    {
        duckDb.Dispose();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public void The_json_extension_is_built_in_and_needs_no_download()
    {
        var json = Query("SELECT loaded, install_mode FROM duckdb_extensions() WHERE extension_name = 'json'").Single();

        Assert.Equal("True", json[0]);
        Assert.Equal("STATICALLY_LINKED", json[1]);
    }

    [Fact]
    public void Each_kind_has_as_many_lines_as_the_dataset_has_records()
    {
        var expected = Kinds().ToDictionary(k => k.Kind, k => RecordsOf(k.Type).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var counts = Query($"SELECT kind, count(*) FROM {Lines()} GROUP BY kind").ToDictionary(row => row[0]!, row => row[1]!);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), counts.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(RelationsDataset.Records.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Query($"SELECT count(*) FROM {Lines()}").Single()[0]);
    }

    [Fact]
    public void Each_kind_holds_every_id_in_its_tables_order()
    {
        foreach (var (kind, type) in Kinds())
        {
            Assert.Equal(RecordsOf(type).Select(r => r.Id), Field(kind, "json_extract_string(record, '$.id')"));
        }
    }

    [Fact]
    public void Dates_are_edtf_strings_and_dimensions_lists_of_yaml_names()
    {
        Assert.Equal(InFileOrder<Treaty>().Select(t => t.Signed.ToString()), Field("treaties", "json_extract_string(record, '$.signed')"));
        Assert.Equal(InFileOrder<Event>().Select(e => e.When.ToString()), Field("events", "json_extract_string(record, '$.when')"));
        Assert.Equal(InFileOrder<Membership>().Select(m => m.Span.ToString()), Field("memberships", "json_extract_string(record, '$.span')"));

        Assert.Equal(InFileOrder<Treaty>().Select(t => string.Join("|", DatasetNames.FlagsOf(t.Dimensions))), Field("treaties", "array_to_string(CAST(json_extract(record, '$.dimensions') AS VARCHAR[]), '|')"));
        Assert.Equal(InFileOrder<Event>().Select(e => string.Join("|", DatasetNames.FlagsOf(e.Dimensions))), Field("events", "array_to_string(CAST(json_extract(record, '$.dimensions') AS VARCHAR[]), '|')"));
        Assert.Equal(InFileOrder<Treaty>().Select(t => string.Join("|", t.Parties)), Field("treaties", "array_to_string(CAST(json_extract(record, '$.parties') AS VARCHAR[]), '|')"));
        Assert.Equal(InFileOrder<Membership>().Select(m => DatasetNames.Of(m.Role)), Field("memberships", "json_extract_string(record, '$.role')"));
    }

    [Fact]
    public void One_record_reads_back_with_its_values()
    {
        var treaty = Treaties.Get("friendship-treaty-1997");

        var row = Query($"SELECT json_extract_string(record, '$.title'), json_extract_string(record, '$.signed'), json_extract_string(record, '$.dimensions[0]') FROM {Lines()} WHERE kind = 'treaties' AND json_extract_string(record, '$.id') = 'friendship-treaty-1997'").Single();

        Assert.Equal((string?[])[treaty.Title, "1997-07-03", DatasetNames.FlagsOf(treaty.Dimensions)[0]], row);
    }

    private static IEnumerable<(string Kind, Type Type)> Kinds() => RelationsDataset.Dataset.Kinds.Select(k => (k.Name, k.RecordType));

    /// <summary>
    /// The records of one kind in the order the JSON Lines export writes them: its table's order (<see cref="DatasetKind.Records"/>),
    /// which is not always <see cref="RelationsDataset.Records"/>' order, the order the Parquet files keep.
    /// </summary>
    private static System.Collections.Immutable.ImmutableArray<IRecord> RecordsOf(Type type) => RelationsDataset.Dataset.Kinds.Single(k => k.RecordType == type).Records;

    private static IEnumerable<T> InFileOrder<T>() => RecordsOf(typeof(T)).Cast<T>();

    /// <summary>Every line of the file as a row of its kind and its record, the record kept as JSON since each kind has its own fields.</summary>
    private string Lines() =>
        $"read_json('{file.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited', columns = {{kind: 'VARCHAR', record: 'JSON'}})";

    /// <summary>A SQL expression over each line of one kind, in file order (DuckDB keeps the order it read by default), as text.</summary>
    private List<string?> Field(string kind, string expression) =>
        Query($"SELECT CAST({expression} AS VARCHAR) FROM (SELECT *, row_number() OVER () AS line FROM {Lines()}) WHERE kind = '{kind}' ORDER BY line").Select(row => row[0]).ToList();

    private List<string?[]> Query(string sql) => duckDb.Query(sql);
}
