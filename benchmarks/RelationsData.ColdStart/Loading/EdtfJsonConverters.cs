using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsData.ColdStart.Loading;

/// <summary>A <see cref="PartialDate"/> as its EDTF text, such as "1997" or "2024-04".</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.Parse(reader.GetString() ?? throw new JsonException("A date must be a string."));

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>A <see cref="DateRange"/> as its EDTF text, such as "1991/.." or "1993/2003".</summary>
internal sealed class DateRangeJsonConverter : JsonConverter<DateRange>
{
    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateRange.Parse(reader.GetString() ?? throw new JsonException("A date range must be a string."));

    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
