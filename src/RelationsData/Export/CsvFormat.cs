using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace RelationsData;

/// <summary>CSV rows as RFC 4180 writes them, and record values rendered as single readable fields.</summary>
internal static class CsvFormat
{
    private static readonly char[] MustQuote = [',', '"', '\r', '\n'];

    /// <summary>Writes one row: the fields separated by commas, quoted where needed, ended by CRLF.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write("\r\n");
    }

    /// <summary>Renders a property value as one field: lists joined with "; ", enums in camelCase, dates in EDTF.</summary>
    public static string Render(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        Enum flags when DatasetNames.IsFlags(flags.GetType()) => string.Join("; ", DatasetNames.FlagsOf(flags)),
        Enum member => DatasetNames.Of(member),
        Citation citation => Render(citation),
        Discrepancy discrepancy => $"{discrepancy.Field}: {string.Join(" vs ", discrepancy.Claims.Select(Render))} → {discrepancy.Chosen}",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Render)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Render(Citation citation) => citation.Locator switch
    {
        null => citation.Source,
        var note when note.StartsWith('[') => $"{citation.Source} {note}",
        var section => $"{citation.Source} [{section}]",
    };

    private static string Render(Claim claim) => $"{claim.Value} ({string.Join(", ", claim.Citations.Select(Render))})";

    private static string Quote(string field) =>
        field.IndexOfAny(MustQuote) < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
