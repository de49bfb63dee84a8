using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsData.Tests.JsonReading;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its EDTF string at its own precision: "1997", "2024-04", "2020-11-09", "1999~".</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date)
            ? date
            : throw new JsonException($"'{reader.GetString()}' is not an EDTF date such as 1997, 2024-04 or 2020-11-09.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
