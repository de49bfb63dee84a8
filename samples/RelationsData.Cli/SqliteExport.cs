using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace RelationsData.Cli;

/// <summary>relations export --format sqlite: the dataset as a SQLite database whose tables <see cref="SqliteSchema"/> describes.</summary>
internal sealed class SqliteExport : System.IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<SqlTable, SqliteCommand> inserts = [];

    private SqliteExport(SqliteConnection connection) => this.connection = connection;

    /// <summary>Writes the database to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(string path)
    {
        File.Delete(path);
        var schema = SqliteSchema.Build();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();

        // References point both ways (an actor's country, a fact's related facts), so they are checked once, at commit.
        Execute(connection, "PRAGMA defer_foreign_keys = ON");
        foreach (var table in schema.Tables)
        {
            Execute(connection, table.CreateSql);
        }

        using var export = new SqliteExport(connection);
        foreach (var record in RelationsDataset.Records)
        {
            export.Insert(schema.Records, new SqlRow(null, 0, record));
        }

        foreach (var (table, type) in schema.Kinds)
        {
            foreach (var record in DatasetTables.RecordsOf(type))
            {
                export.Insert(table, new SqlRow(null, 0, record));
            }
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var command in inserts.Values)
        {
            command.Dispose();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts one row, then the items of each of its lists into the tables beneath it.</summary>
    private void Insert(SqlTable table, SqlRow row)
    {
        var command = Command(table);
        var columns = table.Written.ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters[i].Value = columns[i].Read!(row) ?? System.DBNull.Value;
        }

        command.ExecuteNonQuery();
        if (table.Children.Count == 0)
        {
            return;
        }

        object key = table.Key == SqlKey.RowId ? ExecuteScalar("SELECT last_insert_rowid()") : ((IRecord)row.Item).Id;
        foreach (var (property, child) in table.Children)
        {
            var position = 0;
            foreach (var item in (IEnumerable)property.GetValue(row.Item)!)
            {
                Insert(child, new SqlRow(key, position++, item));
            }
        }
    }

    private SqliteCommand Command(SqlTable table)
    {
        if (!inserts.TryGetValue(table, out var command))
        {
            var columns = table.Written.ToList();
            command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            foreach (var i in Enumerable.Range(0, columns.Count))
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            inserts.Add(table, command);
        }

        return command;
    }

    private object ExecuteScalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
