using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsData.ColdStart.Loading;

/// <summary>
/// System.Text.Json metadata for <see cref="Tables"/>, generated at build time so that loading needs no reflection.
/// Read-only properties (<see cref="Fact.Extent"/>, <see cref="Fact.Involvements"/>) are derived, so they are left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    IgnoreReadOnlyProperties = true,
    Converters =
    [
        typeof(PartialDateJsonConverter),
        typeof(DateRangeJsonConverter),
        typeof(CamelCaseEnumConverter<ActorKind>),
        typeof(CamelCaseEnumConverter<CorridorKind>),
        typeof(CamelCaseEnumConverter<Dimensions>),
        typeof(CamelCaseEnumConverter<Direction>),
        typeof(CamelCaseEnumConverter<EventKind>),
        typeof(CamelCaseEnumConverter<Likelihood>),
        typeof(CamelCaseEnumConverter<MembershipEnd>),
        typeof(CamelCaseEnumConverter<MembershipRole>),
        typeof(CamelCaseEnumConverter<Obligations>),
        typeof(CamelCaseEnumConverter<SourceKind>),
        typeof(CamelCaseEnumConverter<TreatyKind>),
        typeof(CamelCaseEnumConverter<TreatyStatus>),
    ])]
[JsonSerializable(typeof(Tables))]
[JsonSerializable(typeof(Era), TypeInfoPropertyName = "RelationsEra")] // NodaTime has an Era too.
internal sealed partial class DatasetJsonContext : JsonSerializerContext;

/// <summary>An enum as its camelCase member name, or names joined by ", " for a [Flags] value, as the YAML writes them.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, System.Enum;
