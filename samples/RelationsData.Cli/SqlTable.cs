using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace RelationsData.Cli;

/// <summary>How a table's rows are keyed for the tables beneath them.</summary>
internal enum SqlKey
{
    /// <summary>Nothing refers to its rows.</summary>
    None,

    /// <summary>By the record's id.</summary>
    RecordId,

    /// <summary>By the integer id SQLite assigns.</summary>
    RowId,
}

/// <summary>What one row is made from: the key of the row it belongs to, its place in that row's list, and the value itself.</summary>
internal readonly record struct SqlRow(object? Owner, int Position, object Item);

/// <summary>A column: its name, its SQL type and constraints, and how to read it from a row; no reader when SQLite assigns it.</summary>
internal sealed record SqlColumn(string Name, string Declaration, Func<SqlRow, object?>? Read);

/// <summary>A table of the SQLite export, with the list properties whose items go to tables beneath it.</summary>
internal sealed class SqlTable(string name, SqlKey key, ImmutableArray<SqlColumn> columns)
{
    public string Name => name;

    public SqlKey Key => key;

    public ImmutableArray<SqlColumn> Columns => columns;

    public List<(PropertyInfo Property, SqlTable Table)> Children { get; } = [];

    public IEnumerable<SqlColumn> Written => columns.Where(c => c.Read is not null);

    public string CreateSql => $"CREATE TABLE \"{name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\" {c.Declaration}"))})";
}
