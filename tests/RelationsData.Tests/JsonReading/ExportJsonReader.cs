using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RelationsData.Tests.JsonReading;

/// <summary>
/// Reads the JSON export back into records through System.Text.Json's own reflection and converters: a reader made apart
/// from the generated writers, so a test that reads the export back checks them.
/// </summary>
internal static class ExportJsonReader
{
    /// <summary>Gets the serializer options: camelCase names, EDTF dates, camelCase enums, flags as arrays.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        // The flags converter comes first: the string enum converter would also claim flags enums.
        options.Converters.Add(new FlagsEnumJsonConverterFactory());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new DateRangeJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
