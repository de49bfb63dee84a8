using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsData.Tests.JsonReading;

/// <summary>Reads and writes a flags enum as an array of camelCase member names, such as ["political", "security"]; zero is [].</summary>
internal sealed class FlagsEnumJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => DatasetNames.IsFlags(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(FlagsEnumJsonConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class FlagsEnumJsonConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<string, ulong> bitsByName =
            DatasetNames.SingleBitMembers(typeof(TEnum)).ToDictionary(DatasetNames.Of, DatasetNames.Bits, StringComparer.Ordinal);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of {typeof(TEnum).Name} names.");
            }

            var bits = 0UL;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var name = reader.GetString() ?? string.Empty;
                bits |= bitsByName.TryGetValue(name, out var bit) ? bit : throw new JsonException($"'{name}' is not a {typeof(TEnum).Name} member.");
            }

            return (TEnum)Enum.ToObject(typeof(TEnum), bits);
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var name in DatasetNames.FlagsOf(value))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }
    }
}
