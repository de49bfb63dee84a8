using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NodaTime.Text;

namespace RelationsData.Cli;

/// <summary>
/// The tables the SQLite export writes, read from the record types: <c>records</c> (every id and its kind), one table per
/// kind, a table per list of ids or words (<c>treaties_parties</c>), and shared tables for nested records
/// (<c>citations</c>, <c>discrepancies</c>, <c>discrepancy_claims</c>, <c>claim_citations</c>). Every reference is a foreign key.
/// </summary>
internal sealed class SqliteSchema
{
    private readonly List<SqlTable> tables = [];
    private readonly Dictionary<Type, string> kindTables;
    private readonly NullabilityInfoContext nullability = new();

    private SqliteSchema()
    {
        kindTables = DatasetTables.Kinds.ToDictionary(table => table.RecordType, table => table.Name);
        Records = Add(new SqlTable("records", SqlKey.None,
        [
            new SqlColumn("id", "TEXT PRIMARY KEY", row => ((IRecord)row.Item).Id),
            new SqlColumn("kind", "TEXT NOT NULL", row => Describe.Kind((IRecord)row.Item)),
        ]));
        Kinds = DatasetTables.Kinds.Select(table => (KindTable(table.Name, table.RecordType), table.RecordType)).ToImmutableArray();
    }

    /// <summary>Gets the <c>records</c> table.</summary>
    public SqlTable Records { get; }

    /// <summary>Gets each kind's table, with its record type, in export order.</summary>
    public ImmutableArray<(SqlTable Table, Type RecordType)> Kinds { get; }

    /// <summary>Gets every table, each before the tables that refer to it.</summary>
    public IReadOnlyList<SqlTable> Tables => tables;

    public static SqliteSchema Build() => new();

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private SqlTable Add(SqlTable table)
    {
        tables.Add(table);
        return table;
    }

    private SqlTable KindTable(string name, Type type)
    {
        List<SqlColumn> columns = [new SqlColumn("id", "TEXT PRIMARY KEY REFERENCES records(id)", row => ((IRecord)row.Item).Id)];
        columns.AddRange(ScalarColumns(type).Where(c => c.Name != "id"));
        if (type.IsAssignableTo(typeof(Fact)))
        {
            // The days a fact covers, as ISO dates, so SQL can ask what held on a day without parsing EDTF.
            columns.Add(new SqlColumn("first_day", "TEXT", row => ((Fact)row.Item).Extent is { } extent ? LocalDatePattern.Iso.Format(extent.FirstDay) : null));
            columns.Add(new SqlColumn("last_day", "TEXT", row => ((Fact)row.Item).Extent?.LastDay is { } last ? LocalDatePattern.Iso.Format(last) : null));
        }

        var table = Add(new SqlTable(name, SqlKey.RecordId, [.. columns]));
        AddChildren(table, type);
        return table;
    }

    /// <summary>A table for each list property: of ids or words, one per kind; of nested records, shared by every kind.</summary>
    private void AddChildren(SqlTable owner, Type type)
    {
        foreach (var property in RecordFields.Of(type).Where(p => ElementType(p) is not null))
        {
            var element = ElementType(property)!;
            var ownerColumn = Snake(type.Name) + "_id";
            SqlTable child;
            if (element == typeof(string))
            {
                var value = RecordFields.ReferenceTarget(property) is { } target
                    ? new SqlColumn(target == typeof(IRecord) ? "record_id" : Snake(target.Name) + "_id", $"TEXT NOT NULL REFERENCES {TableOf(target)}(id)", row => row.Item)
                    : new SqlColumn("value", "TEXT NOT NULL", row => row.Item);
                child = Add(new SqlTable($"{owner.Name}_{Snake(property.Name)}", SqlKey.None, [Owner(ownerColumn, "TEXT", owner), Position, value]));
            }
            else
            {
                // Nested records belong to a record of any kind, or to the nested record above them.
                var name = owner.Key == SqlKey.RecordId ? Snake(property.Name) : $"{Snake(type.Name)}_{Snake(property.Name)}";
                if (tables.Find(t => t.Name == name) is { } shared)
                {
                    child = shared;
                }
                else
                {
                    var ownedBy = owner.Key == SqlKey.RecordId ? Owner("record_id", "TEXT", Records) : Owner(ownerColumn, "INTEGER", owner);
                    child = Add(new SqlTable(name, SqlKey.RowId, [new SqlColumn("id", "INTEGER PRIMARY KEY", null), ownedBy, Position, .. ScalarColumns(element)]));
                    AddChildren(child, element);
                }
            }

            owner.Children.Add((property, child));
        }
    }

    private static SqlColumn Position { get; } = new("position", "INTEGER NOT NULL", row => row.Position);

    private static SqlColumn Owner(string name, string type, SqlTable owner) =>
        new(name, $"{type} NOT NULL REFERENCES {owner.Name}(id)", row => row.Owner);

    private IEnumerable<SqlColumn> ScalarColumns(Type type) => RecordFields.Of(type)
        .Where(p => ElementType(p) is null)
        .Select(p =>
        {
            var valueType = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var optional = valueType != p.PropertyType || nullability.Create(p).ReadState == NullabilityState.Nullable;
            var sqlType = valueType == typeof(int) ? "INTEGER" : valueType == typeof(decimal) ? "NUMERIC" : "TEXT";
            var references = RecordFields.ReferenceTarget(p) is { } target ? $" REFERENCES {TableOf(target)}(id)" : string.Empty;
            return new SqlColumn(Snake(p.Name), $"{sqlType}{(optional ? string.Empty : " NOT NULL")}{references}", row => Value(p.GetValue(row.Item)));
        });

    private string TableOf(Type target) => target == typeof(IRecord) ? Records.Name : kindTables[target];

    private static Type? ElementType(PropertyInfo property) =>
        property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            ? property.PropertyType.GetGenericArguments()[0]
            : null;

    /// <summary>A value as SQLite stores it: numbers and text as they are, enums as the YAML spells them, dates in EDTF.</summary>
    private static object? Value(object? value) => value switch
    {
        null => null,
        Enum member => Describe.Name(member),
        string or int or decimal => value,
        _ => value.ToString(),
    };
}
