using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RelationsData;

/// <summary>Writes the shipped dataset as JSON (every kind at once) or as CSV (one kind at a time).</summary>
/// <remarks>
/// <para>
/// Both formats carry the data properties of each record, the ones a record is created with, and leave out the ones
/// computed from them, such as <see cref="Fact.Extent"/> and <see cref="Fact.Involvements"/>. A field added to a record
/// type appears in both formats without a change here.
/// </para>
/// <para>
/// Values are written as the YAML in <c>data/</c> spells them: keys and enum members in camelCase, flags enums such as
/// <see cref="Dimensions"/> as lists of members, and dates in their EDTF form ("1997", "2024-04", "1999~", "1991/..").
/// Records come in the order of each table's <c>All</c>, so the same dataset always gives the same bytes.
/// </para>
/// </remarks>
public static class DatasetExport
{
    private static readonly ImmutableArray<ExportTable> Tables =
    [
        ExportTable.Of("sources", () => Sources.All),
        ExportTable.Of("actors", () => Actors.All),
        ExportTable.Of("treaties", () => Treaties.All),
        ExportTable.Of("memberships", () => Memberships.All),
        ExportTable.Of("events", () => Events.All),
        ExportTable.Of("eras", () => Eras.All),
        ExportTable.Of("corridors", () => Corridors.All),
        ExportTable.Of("scenarios", () => Scenarios.All),
        ExportTable.Of("statistics", () => Statistics.All),
    ];

    /// <summary>Gets the names of the record kinds in export order: "sources", "actors", "treaties", "memberships", "events", "eras", "corridors", "scenarios", "statistics".</summary>
    /// <value>The same names as the top-level keys of the YAML files and of the JSON export.</value>
    public static ImmutableArray<string> Kinds { get; } = Tables.Select(t => t.Kind).ToImmutableArray();

    /// <summary>
    /// Writes the whole dataset as one indented JSON object in UTF-8, with an array of records per kind under the
    /// kind's name, in the order of <see cref="Kinds"/>, followed by a line break.
    /// </summary>
    /// <param name="stream">The stream to write to; it is flushed but left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var writer = new Utf8JsonWriter(stream, ExportJson.WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var table in Tables)
            {
                writer.WriteStartArray(table.Kind);
                foreach (var record in table.Records())
                {
                    JsonSerializer.Serialize(writer, record, table.RecordType, ExportJson.Options);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>
    /// Writes the records of one kind as CSV (RFC 4180): a header row of field names, then one row per record, with
    /// CRLF line breaks and fields quoted only when they must be.
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
    public static void WriteCsv(TextWriter writer, string kind)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(kind);
        var table = Tables.FirstOrDefault(t => string.Equals(t.Kind, kind, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown kind '{kind}'. Expected one of: {string.Join(", ", Kinds)}.", nameof(kind));
        var properties = ExportJson.Options.GetTypeInfo(table.RecordType).Properties;
        CsvFormat.WriteRow(writer, properties.Select(p => p.Name));
        foreach (var record in table.Records())
        {
            CsvFormat.WriteRow(writer, properties.Select(p => CsvFormat.Render(p.Get!(record))));
        }

        writer.Flush();
    }
}
