using System;
using System.Collections.Immutable;

namespace RelationsData;

/// <summary>
/// One table of a dataset as the whole-dataset views see it: its YAML key, its record type and its records. The source
/// generator writes one per <see cref="DatasetTableAttribute"/> into the assembly's registry; nothing else lists tables.
/// </summary>
/// <remarks>The records are read from the table's <c>All</c> on first use, so describing a kind loads nothing.</remarks>
public sealed class DatasetKind
{
    private readonly Func<ImmutableArray<IRecord>> readRecords;
    private readonly Func<string, IRecord?> find;
    private ImmutableArray<IRecord> records;

    /// <summary>Initializes a kind; generated registries call this, once per table.</summary>
    /// <param name="name">The table's YAML key, such as "treaties", which is also its name in the exports.</param>
    /// <param name="recordType">The table's record type, such as <see cref="Treaty"/>.</param>
    /// <param name="records">Returns the table's records in the order of its <c>All</c>; called once, on first use.</param>
    /// <param name="find">Finds one of the table's records by id (ordinal comparison), or returns null; it need not build the others.</param>
    /// <param name="writer">Writes the table's records in the exports without reflection.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DatasetKind(string name, Type recordType, Func<ImmutableArray<IRecord>> records, Func<string, IRecord?> find, RecordWriter writer)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(recordType);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(writer);
        Name = name;
        RecordType = recordType;
        readRecords = records;
        this.find = find;
        Writer = writer;
    }

    /// <summary>Gets the table's YAML key, such as "treaties", which is also its key in the JSON export.</summary>
    public string Name { get; }

    /// <summary>Gets the table's record type, such as <see cref="Treaty"/>.</summary>
    public Type RecordType { get; }

    /// <summary>Gets the table's records in the order of its <c>All</c>, read on first use.</summary>
    public ImmutableArray<IRecord> Records
    {
        get
        {
            if (records.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref records, readRecords());
            }

            return records;
        }
    }

    /// <summary>Finds one of the table's records by id (ordinal comparison), building only that record in a generated table.</summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The record, or null when the table has no record with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IRecord? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return find(id);
    }

    /// <summary>Gets the writer that spells the table's records in the JSON and CSV exports.</summary>
    public RecordWriter Writer { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
