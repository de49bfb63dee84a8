using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RelationsData;

/// <summary>
/// Writes a dataset, the shipped one or your own, as JSON (every kind at once), JSON Lines (one record per line) or CSV
/// (one kind at a time).
/// </summary>
/// <remarks>
/// <para>
/// Every format carries the data properties of each record, the ones a record is created with, and leaves out the ones
/// computed from them, such as <see cref="Fact.Extent"/> and <see cref="Fact.Involvements"/>. The fields come from the
/// <see cref="RecordWriter"/> the source generator writes for each table, so a field added to a record type appears in
/// every format without a change here, and nothing is found by reflection (the exports work under Native AOT).
/// </para>
/// <para>
/// Values are written as the YAML in <c>data/</c> spells them: keys and enum members in camelCase, flags enums such as
/// <see cref="Dimensions"/> as lists of members, and dates in their EDTF form ("1997", "2024-04", "1999~", "1991/..").
/// Records come in the order of each table's <c>All</c>, so the same dataset always gives the same bytes.
/// </para>
/// </remarks>
public static class DatasetExport
{
    /// <summary>Gets the names of the shipped record kinds in export order: "sources", "actors", "treaties", "memberships", "events", "eras", "corridors", "scenarios", "statistics".</summary>
    /// <value>The same names as the top-level keys of the YAML files and of the JSON export; <see cref="Dataset.Kinds"/> of <see cref="RelationsDataset.Dataset"/>.</value>
    public static ImmutableArray<string> Kinds { get; } = RelationsDataset.Dataset.Kinds.Select(k => k.Name).ToImmutableArray();

    /// <summary>
    /// Writes the shipped dataset as one indented JSON object in UTF-8: <c>asOf</c>, the date the data is current to, then
    /// an array of records per kind under the kind's name, in the order of <see cref="Kinds"/>, followed by a line break.
    /// </summary>
    /// <param name="stream">The stream to write to; it is flushed but left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static void WriteJson(Stream stream) => WriteJson(stream, RelationsDataset.Dataset);

    /// <summary>
    /// Writes a dataset as one indented JSON object in UTF-8: <c>asOf</c> (the <see cref="Dataset.AsOf"/> date, or null),
    /// then an array of records per kind under the kind's name, in the order of <see cref="Dataset.Kinds"/>, followed by a
    /// line break.
    /// </summary>
    /// <param name="stream">The stream to write to; it is flushed but left open.</param>
    /// <param name="dataset">The dataset, such as the one the generator builds for your own tables.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="dataset"/> is null.</exception>
    public static void WriteJson(Stream stream, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dataset);
        using (var writer = new Utf8JsonWriter(stream, ExportJson.Indented))
        {
            writer.WriteStartObject();
            ExportJson.WriteAsOf(writer, dataset.AsOf);
            foreach (var kind in dataset.Kinds)
            {
                writer.WriteStartArray(kind.Name);
                foreach (var record in kind.Records)
                {
                    kind.Writer.WriteJson(writer, record);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>
    /// Writes the shipped dataset as JSON Lines in UTF-8: one line per record, in the order of <see cref="Kinds"/> and then
    /// of each table, each line an object <c>{"kind":"treaties","record":{...}}</c> ended by "\n".
    /// </summary>
    /// <param name="stream">The stream to write to; it is flushed but left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static void WriteJsonLines(Stream stream) => WriteJsonLines(stream, RelationsDataset.Dataset);

    /// <summary>
    /// Writes a dataset as JSON Lines in UTF-8: one line per record, in the order of <see cref="Dataset.Kinds"/> and then
    /// of each table, each line an object <c>{"kind":"treaties","record":{...}}</c> ended by "\n". The kind sits beside
    /// the record rather than in it, since records have fields of their own named "kind".
    /// </summary>
    /// <param name="stream">The stream to write to; it is flushed but left open.</param>
    /// <param name="dataset">The dataset.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="dataset"/> is null.</exception>
    public static void WriteJsonLines(Stream stream, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dataset);
        using var writer = new Utf8JsonWriter(stream, ExportJson.Compact);
        foreach (var kind in dataset.Kinds)
        {
            foreach (var record in kind.Records)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", kind.Name);
                writer.WritePropertyName("record");
                kind.Writer.WriteJson(writer, record);
                writer.WriteEndObject();
                writer.Flush();
                stream.WriteByte((byte)'\n');

                // Each line is a JSON document of its own; the writer checks one document at a time.
                writer.Reset();
            }
        }

        stream.Flush();
    }

    /// <summary>
    /// Writes the records of one shipped kind as CSV (RFC 4180): a header row of field names, then one row per record,
    /// with CRLF line breaks and fields quoted only when they must be.
    /// </summary>
    /// <remarks>
    /// A list becomes one field, its items joined with "; ". A citation reads "rcsp-report [4]" (a source id and its
    /// locator in brackets); a discrepancy reads "Signed: 2005 (ker-lindsay-video) vs 2004 (mfa-az-nato-overview) → 2005",
    /// each claimed value with its citations and then the chosen value. The reasons for the choices are in the JSON export.
    /// </remarks>
    /// <param name="writer">The writer to write to; it is flushed but left open.</param>
    /// <param name="kind">The kind to write, one of <see cref="Kinds"/>; case is ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="Kinds"/>.</exception>
    public static void WriteCsv(TextWriter writer, string kind) => WriteCsv(writer, kind, RelationsDataset.Dataset);

    /// <summary>
    /// Writes the records of one kind of a dataset as CSV, as <see cref="WriteCsv(TextWriter, string)"/> writes the shipped ones.
    /// </summary>
    /// <param name="writer">The writer to write to; it is flushed but left open.</param>
    /// <param name="kind">The kind to write, one of the names in <see cref="Dataset.Kinds"/>; case is ignored.</param>
    /// <param name="dataset">The dataset.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not the name of one of the dataset's kinds.</exception>
    public static void WriteCsv(TextWriter writer, string kind, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(dataset);
        if (!dataset.TryGetKind(kind, out var table))
        {
            throw new ArgumentException($"Unknown kind '{kind}'. Expected one of: {string.Join(", ", dataset.Kinds)}.", nameof(kind));
        }

        CsvFormat.WriteRow(writer, table.Writer.Fields);
        foreach (var record in table.Records)
        {
            CsvFormat.WriteRow(writer, table.Writer.Values(record).Select(CsvFormat.Render));
        }

        writer.Flush();
    }
}
