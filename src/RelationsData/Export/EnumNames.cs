using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;

namespace RelationsData;

/// <summary>Enum members spelled as in the YAML: camelCase names, and flags as the list of single-bit members set.</summary>
internal static class EnumNames
{
    /// <summary>Returns whether <paramref name="type"/> is an enum marked <see cref="FlagsAttribute"/>.</summary>
    public static bool IsFlags(Type type) => type.IsEnum && type.IsDefined(typeof(FlagsAttribute), inherit: false);

    /// <summary>Returns a member's camelCase name, such as "oilPipeline".</summary>
    public static string Of(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Returns the members of a flags enum that name one bit each, in ascending order (Enum.GetValues sorts them).</summary>
    public static IEnumerable<Enum> SingleBitMembers(Type type) =>
        Enum.GetValues(type).Cast<Enum>().Where(member => BitOperations.IsPow2(Bits(member)));

    /// <summary>Returns the single-bit members a flags value sets, in ascending order; none for zero.</summary>
    /// <exception cref="ArgumentException">The value sets a bit no member names.</exception>
    public static IEnumerable<Enum> Flags(Enum value)
    {
        var bits = Bits(value);
        var set = SingleBitMembers(value.GetType()).Where(member => (bits & Bits(member)) != 0).ToList();
        var named = set.Aggregate(0UL, (all, member) => all | Bits(member));
        return named == bits ? set : throw new ArgumentException($"{value.GetType().Name} value {bits} sets bits no member names.", nameof(value));
    }

    /// <summary>Returns the value's bits as an unsigned number.</summary>
    public static ulong Bits(Enum value) => Convert.ToUInt64(value, CultureInfo.InvariantCulture);
}
