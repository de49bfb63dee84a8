using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DuckDB.NET.Data;

namespace RelationsData.Cli.Tests;

/// <summary>An in-memory DuckDB that reads exported files back, offline: it never fetches an extension.</summary>
internal sealed class DuckDbSession : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    public DuckDbSession()
    {
        connection.Open();
        // The tests must pass offline, so a missing extension fails rather than downloads.
        Query("SET autoinstall_known_extensions = false");
    }

    /// <summary>Runs a query and returns every row, each value as invariant text or null.</summary>
    public List<string?[]> Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    public void Dispose() => connection.Dispose();
}
