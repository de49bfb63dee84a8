using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsData.Tests.JsonReading;

/// <summary>Reads and writes a <see cref="DateRange"/> as its EDTF string: "2020-11-09", "1993/2003" or "1991/..".</summary>
internal sealed class DateRangeJsonConverter : JsonConverter<DateRange>
{
    /// <inheritdoc/>
    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return DateRange.Parse(reader.GetString() ?? throw new JsonException("A date range cannot be null."));
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
