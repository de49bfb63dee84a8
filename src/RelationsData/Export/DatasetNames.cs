using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;

namespace RelationsData;

/// <summary>
/// Spells enum values as the YAML in <c>data/</c> does, and so as the JSON and CSV exports and the <c>relations</c>
/// command do: a member by its name in camelCase (<see cref="TreatyStatus.InForce"/> is "inForce"), and a value of a
/// <see cref="FlagsAttribute"/> enum such as <see cref="Dimensions"/> as the names of the single-bit members it sets
/// (<c>Dimensions.Political | Dimensions.Security</c> is "political" and "security").
/// </summary>
/// <remarks>
/// A value that no member names has no spelling, and the methods throw <see cref="ArgumentOutOfRangeException"/> for it
/// rather than write a number or leave a bit out: <c>(TreatyStatus)99</c>, a combination of flags passed to
/// <see cref="Of"/>, or a flags value with a bit that no single-bit member names.
/// </remarks>
public static class DatasetNames
{
    /// <summary>Returns the name of the member <paramref name="value"/> is, in camelCase, such as "oilPipeline" for <see cref="CorridorKind.OilPipeline"/>.</summary>
    /// <param name="value">
    /// A named member of any enum, including one member of a flags enum such as <see cref="Dimensions.Security"/> or
    /// <see cref="Dimensions.None"/>; name a combination of flags with <see cref="FlagsOf"/>.
    /// </param>
    /// <returns>The member's name with its first letter in lower case, as a YAML scalar writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No member of the enum has the value <paramref name="value"/>.</exception>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        return Enum.IsDefined(type, value)
            ? JsonNamingPolicy.CamelCase.ConvertName(value.ToString())
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"No {type.Name} member has the value {value:D}.");
    }

    /// <summary>
    /// Returns the camelCase names of the single-bit members a flags value sets, in ascending order of their bits, such as
    /// ["political", "security"] for <c>Dimensions.Political | Dimensions.Security</c>; none for zero.
    /// </summary>
    /// <param name="value">A value of an enum marked <see cref="FlagsAttribute"/>, such as <see cref="Dimensions"/> or <see cref="Obligations"/>.</param>
    /// <returns>The names as a YAML list writes them: empty for zero, which a YAML list writes as <c>[]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The type of <paramref name="value"/> is not marked <see cref="FlagsAttribute"/>; name its members with <see cref="Of"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> sets a bit that no single-bit member names.</exception>
    public static ImmutableArray<string> FlagsOf(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (!IsFlags(type))
        {
            throw new ArgumentException($"{type.Name} is not a flags enum; name its members with {nameof(DatasetNames)}.{nameof(Of)}.", nameof(value));
        }

        var bits = Bits(value);
        var set = SingleBitMembers(type).Where(member => (bits & Bits(member)) != 0).ToImmutableArray();
        var named = set.Aggregate(0UL, (all, member) => all | Bits(member));
        return named == bits
            ? set.Select(Of).ToImmutableArray()
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{type.Name} value {bits} sets bits that no member names: {bits & ~named}.");
    }

    /// <summary>Returns whether the YAML writes a value of <paramref name="type"/> as a list of names (<see cref="FlagsOf"/>) rather than as one (<see cref="Of"/>).</summary>
    /// <param name="type">Any type.</param>
    /// <returns>True for an enum marked <see cref="FlagsAttribute"/>; false for any other enum, and for a type that is not an enum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public static bool IsFlags(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsEnum && type.IsDefined(typeof(FlagsAttribute), inherit: false);
    }

    /// <summary>
    /// Returns the members of a flags enum that name one bit each, in ascending order of their bits. Read through the
    /// underlying values, which needs no code made at run time (Native AOT cannot make an array of an enum type it has not seen).
    /// </summary>
    internal static IEnumerable<Enum> SingleBitMembers(Type type) =>
        Enum.GetValuesAsUnderlyingType(type).Cast<object>()
            .Select(underlying => (Enum)Enum.ToObject(type, underlying))
            .Where(member => BitOperations.IsPow2(Bits(member)))
            .OrderBy(Bits);

    /// <summary>Returns the value's bits as an unsigned number of the same width, so a negative value is bits too rather than an overflow.</summary>
    internal static ulong Bits(Enum value) => value.GetTypeCode() switch
    {
        TypeCode.SByte => unchecked((byte)(sbyte)(object)value),
        TypeCode.Int16 => unchecked((ushort)(short)(object)value),
        TypeCode.Int32 => unchecked((uint)(int)(object)value),
        TypeCode.Int64 => unchecked((ulong)(long)(object)value),
        _ => Convert.ToUInt64(value, CultureInfo.InvariantCulture),
    };
}
