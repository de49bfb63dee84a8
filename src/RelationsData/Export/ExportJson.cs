using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace RelationsData;

/// <summary>The JSON writer settings every export shares, and the values the generated record writers spell alike.</summary>
internal static class ExportJson
{
    /// <summary>Gets the settings of the JSON export: indented, with "\n" line breaks where the runtime allows choosing them.</summary>
    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        Encoder = Encoder,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Gets the settings of JSON Lines: one record per line, so nothing indented.</summary>
    public static JsonWriterOptions Compact { get; } = new() { Encoder = Encoder };

    // The export is a data file, never embedded in HTML, so "–" and "ə" stay readable instead of \u escapes.
    private static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writes the date a dataset is current to as <c>"asOf": "2025-12-31"</c>, or null when it has none.</summary>
    public static void WriteAsOf(Utf8JsonWriter writer, LocalDate? asOf) =>
        writer.WriteString("asOf", asOf is { } date ? LocalDatePattern.Iso.Format(date) : null);
}
