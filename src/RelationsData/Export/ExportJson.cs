using System;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RelationsData;

/// <summary>The System.Text.Json settings both exports share: which properties, in what order, spelled how.</summary>
internal static class ExportJson
{
    /// <summary>Gets the serializer options: camelCase names, EDTF dates, camelCase enums, flags as arrays, data properties only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Gets the writer options: indented, with "\n" line breaks where the runtime allows choosing them.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = Options.Encoder,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

            // The export is a data file, never embedded in HTML, so "–" and "ə" stay readable instead of \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepDataPropertiesBaseFirst } },
        };

        // The flags converter comes first: the string enum converter would also claim flags enums.
        options.Converters.Add(new FlagsEnumJsonConverterFactory());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new DateRangeJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Drops properties without a setter (computed ones such as <see cref="Fact.Extent"/>) and orders the rest base type
    /// first, then in declaration order, so every record starts with its id and the order never depends on reflection.
    /// </summary>
    private static void KeepDataPropertiesBaseFirst(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var kept = typeInfo.Properties
            .Where(p => p.Set is not null)
            .OrderBy(p => Depth(Member(p).DeclaringType))
            .ThenBy(p => Member(p).MetadataToken)
            .ToList();
        typeInfo.Properties.Clear();
        foreach (var property in kept)
        {
            typeInfo.Properties.Add(property);
        }
    }

    private static MemberInfo Member(JsonPropertyInfo property) =>
        property.AttributeProvider as MemberInfo ?? throw new InvalidOperationException($"Property {property.Name} has no member.");

    private static int Depth(Type? type)
    {
        var depth = 0;
        for (; type is not null; type = type.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
