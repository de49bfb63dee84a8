using System.Collections.Generic;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// How records are written into the generated code as data, which the generated reader decodes on first use: far less
/// to compile and to JIT than one creation expression per record. Strings go to a table, stored once each as UTF-8;
/// every other value is a whole number written in base 32, least significant digit first, as printable characters
/// from '?' (0) to '^' (31), or from '_' (0) to '~' (31) for a digit that more digits follow.
/// </summary>
internal static class DataEncoding
{
    /// <summary>The character of digit 0.</summary>
    public const char Zero = '?';

    /// <summary>What a digit that more digits follow adds to its character.</summary>
    public const int More = 32;

    /// <summary>Appends a number's digits.</summary>
    public static void Append(StringBuilder digits, ulong number)
    {
        while (number >= More)
        {
            digits.Append((char)(Zero + More + (int)(number & (More - 1))));
            number >>= 5;
        }

        digits.Append((char)(Zero + (int)number));
    }

    /// <summary>A partial date as one number: year, month (0 if unknown), day (0 if unknown), then whether it is approximate.</summary>
    public static DataToken Date(PartialDateParts date) =>
        DataToken.Of(((ulong)date.Year << 10) | ((ulong)date.Month << 6) | ((ulong)date.Day << 1) | (date.IsApproximate ? 1UL : 0UL));

    /// <summary>A range: its start, whether it has an end, then the end.</summary>
    public static List<DataToken> Range(DateRangeParts range)
    {
        var data = new List<DataToken> { Date(range.Start), DataToken.Of(range.End is not null) };
        if (range.End is { } end)
        {
            data.Add(Date(end));
        }

        return data;
    }

    /// <summary>A decimal as its three 32-bit words, its sign and its scale, the arguments of its five-part constructor.</summary>
    public static List<DataToken> Decimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        return new List<DataToken>
        {
            DataToken.Of((uint)bits[0]),
            DataToken.Of((uint)bits[1]),
            DataToken.Of((uint)bits[2]),
            DataToken.Of(bits[3] < 0),
            DataToken.Of((ulong)((bits[3] >> 16) & 0xFF)),
        };
    }
}
