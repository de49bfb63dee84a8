using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace RelationsData.Cli;

/// <summary>The dataset's tables as the SQLite and Parquet exports read them: each kind's name and record type, and its records.</summary>
/// <remarks>The one place the exports learn what tables there are, so a generated registry of tables can take its place.</remarks>
internal static class DatasetTables
{
    /// <summary>Gets each kind's table name (as the YAML spells it) and record type, in the order of <see cref="DatasetExport.Kinds"/>.</summary>
    public static ImmutableArray<(string Name, Type RecordType)> Kinds { get; } = typeof(IRecord).Assembly.GetTypes()
        .Select(type => type.GetCustomAttribute<DatasetTableAttribute>())
        .OfType<DatasetTableAttribute>()
        .OrderBy(table => DatasetExport.Kinds.IndexOf(table.Key))
        .Select(table => (table.Key, table.RecordType))
        .ToImmutableArray();

    /// <summary>The records of one kind, in the dataset's order.</summary>
    public static IEnumerable<IRecord> RecordsOf(Type recordType) => RelationsDataset.Records.Where(r => r.GetType() == recordType);
}
