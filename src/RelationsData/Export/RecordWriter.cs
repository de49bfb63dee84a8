using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace RelationsData;

/// <summary>
/// Spells the records of one table in the exports, without reflection: the source generator writes one per table from
/// the record type's data properties (the ones a record is created with), base type first, in declaration order.
/// </summary>
public sealed class RecordWriter
{
    private readonly Action<Utf8JsonWriter, IRecord> writeJson;
    private readonly Func<IRecord, ImmutableArray<object?>> readValues;

    /// <summary>Initializes a writer; generated registries call this, once per table.</summary>
    /// <param name="fields">The data properties' keys, as the YAML spells them, in the order they are written.</param>
    /// <param name="writeJson">Writes one record as a JSON object.</param>
    /// <param name="values">Returns one record's data property values in the order of <paramref name="fields"/>.</param>
    /// <exception cref="ArgumentNullException">A delegate is null.</exception>
    public RecordWriter(ImmutableArray<string> fields, Action<Utf8JsonWriter, IRecord> writeJson, Func<IRecord, ImmutableArray<object?>> values)
    {
        ArgumentNullException.ThrowIfNull(writeJson);
        ArgumentNullException.ThrowIfNull(values);
        Fields = fields;
        this.writeJson = writeJson;
        readValues = values;
    }

    /// <summary>Gets the data properties' keys, as the YAML spells them (camelCase), in the order they are written.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>Writes a record as one JSON object of its data properties.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">A record of the table's type.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteJson(Utf8JsonWriter writer, IRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writeJson(writer, record);
    }

    /// <summary>Returns a record's data property values, in the order of <see cref="Fields"/>.</summary>
    /// <param name="record">A record of the table's type.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public ImmutableArray<object?> Values(IRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return readValues(record);
    }
}
