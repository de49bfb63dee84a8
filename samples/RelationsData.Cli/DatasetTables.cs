using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RelationsData.Cli;

/// <summary>The dataset's tables as the SQLite and Parquet exports read them: each kind's name and record type, and its records.</summary>
/// <remarks>The one place the exports learn what tables there are, from the generated registry: no list of tables is kept by hand.</remarks>
internal static class DatasetTables
{
    /// <summary>Gets each kind's table name (as the YAML spells it) and record type, in the generated registry's order (<see cref="Dataset.Kinds"/>).</summary>
    public static ImmutableArray<(string Name, Type RecordType)> Kinds { get; } = RelationsDataset.Dataset.Kinds
        .Select(kind => (kind.Name, kind.RecordType))
        .ToImmutableArray();

    /// <summary>The records of one kind, in the dataset's order.</summary>
    public static IEnumerable<IRecord> RecordsOf(Type recordType) => RelationsDataset.Records.Where(r => r.GetType() == recordType);
}
