using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace RelationsData.Cli.Tests;

public sealed class SqliteExportTests : IDisposable
{
    private readonly string file = Cli.TemporaryFile("relations.db");
    private readonly SqliteConnection connection;

    public SqliteExportTests()
    {
        Assert.Equal(0, Cli.Run("export", "--format", "sqlite", "--out", file).ExitCode);
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
    }

    public void Dispose()
    {
        connection.Dispose();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public void Each_kind_has_a_table_with_a_row_per_record()
    {
        var expected = new Dictionary<string, int>
        {
            ["sources"] = Sources.Count,
            ["actors"] = Actors.Count,
            ["treaties"] = Treaties.Count,
            ["memberships"] = Memberships.Count,
            ["events"] = Events.Count,
            ["eras"] = Eras.Count,
            ["corridors"] = Corridors.Count,
            ["scenarios"] = Scenarios.Count,
            ["statistics"] = Statistics.Count,
            ["records"] = RelationsDataset.Records.Length,
        };

        Assert.All(expected, table => Assert.Equal(table.Value, Count(table.Key)));
    }

    [Fact]
    public void Lists_and_nested_records_have_tables_of_their_own()
    {
        Assert.Equal(Treaties.All.Sum(t => t.Parties.Length), Count("treaties_parties"));
        Assert.Equal(Events.All.Sum(e => e.Initiators.Length), Count("events_initiators"));
        Assert.Equal(RelationsDataset.Facts.Sum(f => f.Citations.Length) + Actors.All.Sum(a => a.Citations.Length), Count("citations"));
        Assert.Equal(RelationsDataset.Facts.Sum(f => f.Discrepancies.Length), Count("discrepancies"));
        Assert.Equal(RelationsDataset.Facts.SelectMany(f => f.Discrepancies).Sum(d => d.Claims.Length), Count("discrepancy_claims"));
    }

    [Fact]
    public void Every_list_table_holds_every_item_of_its_list_property_in_order()
    {
        foreach (var (kind, type) in DatasetTables.Kinds)
        {
            foreach (var property in RecordFields.Of(type).Where(p => p.PropertyType == typeof(ImmutableArray<string>)))
            {
                var table = $"{kind}_{JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name)}";
                var expected = RelationsDataset.Records.Where(r => r.GetType() == type)
                    .SelectMany(r => ((ImmutableArray<string>)property.GetValue(r)!).Select((item, position) => $"{r.Id} {position} {item}"))
                    .Order(StringComparer.Ordinal);
                var rows = Rows($"SELECT * FROM \"{table}\"").Select(row => string.Join(' ', row)).Order(StringComparer.Ordinal);
                Assert.True(expected.SequenceEqual(rows), $"{table} does not hold what {type.Name}.{property.Name} holds");
            }
        }
    }

    [Fact]
    public void Every_reference_is_a_foreign_key_that_holds()
    {
        Assert.Empty(Rows("PRAGMA foreign_key_check"));
        var references = Rows("SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'");

        Assert.Contains(["citations", "source", "sources"], references);
        Assert.Contains(["memberships", "member", "actors"], references);
        Assert.Contains(["memberships", "organisation", "actors"], references);
        Assert.Contains(["treaties_parties", "treaty_id", "treaties"], references);
        Assert.Contains(["treaties_parties", "actor_id", "actors"], references);
        Assert.Contains(["claim_citations", "claim_id", "discrepancy_claims"], references);
    }

    [Fact]
    public void Values_are_spelled_as_in_the_yaml_with_the_days_a_fact_covers()
    {
        var row = Rows("SELECT signed, status, obligations, dimensions, first_day, last_day FROM treaties WHERE id = 'friendship-treaty-1997'").Single();

        string?[] expected = ["1997-07-03", "inForce", "consultation, nonInterference, territorialIntegrity", "political, security", "1997-07-03", "1997-07-03"];
        Assert.Equal(expected, row);
    }

    [Fact]
    public void Sqlite_needs_an_output_file()
    {
        var result = Cli.Run("export", "--format", "sqlite");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format sqlite needs --out FILE", result.Error);
    }

    private long Count(string table) => (long)Command($"SELECT count(*) FROM \"{table}\"").ExecuteScalar()!;

    private List<string?[]> Rows(string sql)
    {
        using var reader = Command(sql).ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
