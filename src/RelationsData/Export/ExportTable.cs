using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RelationsData;

/// <summary>One kind of record as the exports see it: its name, its record type and its records, read on first use.</summary>
internal sealed class ExportTable
{
    private ExportTable(string kind, Type recordType, Func<IEnumerable<object>> records)
    {
        Kind = kind;
        RecordType = recordType;
        Records = records;
    }

    /// <summary>Gets the kind's name, which is also its YAML and JSON key.</summary>
    public string Kind { get; }

    /// <summary>Gets the record type, which decides the fields written.</summary>
    public Type RecordType { get; }

    /// <summary>Gets a function returning the records in the table's order; tables load only when it is called.</summary>
    public Func<IEnumerable<object>> Records { get; }

    /// <summary>Describes a table by its generated <c>All</c>.</summary>
    public static ExportTable Of<T>(string kind, Func<ImmutableArray<T>> all)
        where T : class => new(kind, typeof(T), () => all());
}
