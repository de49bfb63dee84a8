using System.Globalization;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// The one owner of how table data is written into generated code and read back: every encoding below sits beside the
/// C# that decodes it, which <see cref="ReaderEmitter"/> writes into the assembly's reader. Every value is a whole number
/// written in base 32, least significant digit first, as printable characters from '?' (0) to '^' (31), or from '_' (0)
/// to '~' (31) for a digit that more digits follow; strings are numbers too, their positions in the table's string list.
/// A section read at random (where a record or a string starts, the ids, the sorted extents) holds numbers of a fixed
/// width instead (<see cref="FixedDigitFormat"/>, read by the library's <c>FixedDigits</c>), so the n-th is found
/// without decoding the others.
/// </summary>
internal static class WireFormat
{
    /// <summary>The character of digit 0.</summary>
    private const char Zero = '?';

    /// <summary>What a digit that more digits follow adds to its character.</summary>
    private const int More = 32;

    // A date is one number: year, month (0 when unknown), day (0 when unknown), then the approximate flag.
    private const int YearShift = 10;
    private const int MonthShift = 6;
    private const int DayShift = 1;
    private const int MonthMask = 15;
    private const int DayMask = 31;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Appends a number in <paramref name="width"/> fixed-width digits (<see cref="FixedDigitFormat.Width"/>).</summary>
    public static void AppendFixed(StringBuilder digits, int number, int width)
    {
        for (var i = 0; i < width; i++)
        {
            digits.Append((char)(FixedDigitFormat.Zero + ((number >> (FixedDigitFormat.Bits * i)) & ((1 << FixedDigitFormat.Bits) - 1))));
        }
    }

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

    /// <summary>Appends a signed number, zigzag-encoded so that small negative numbers stay short: 0, -1, 1, -2 become 0, 1, 2, 3.</summary>
    public static void AppendSigned(StringBuilder digits, long number) => Append(digits, (ulong)((number << 1) ^ (number >> 63)));

    /// <summary>Appends a token; a string is written as <paramref name="stringIndex"/>, its position in the string list.</summary>
    public static void Append(StringBuilder digits, DataToken token, int stringIndex)
    {
        switch (token.Kind)
        {
            case DataKind.Text:
                Append(digits, (ulong)stringIndex);
                break;
            case DataKind.Integer:
            case DataKind.Double:
                AppendSigned(digits, token.Number);
                break;
            case DataKind.Decimal:
                // Its three 32-bit words, its sign and its scale: the arguments of decimal's five-part constructor.
                var bits = decimal.GetBits(token.AsDecimal());
                Append(digits, (uint)bits[0]);
                Append(digits, (uint)bits[1]);
                Append(digits, (uint)bits[2]);
                Append(digits, bits[3] < 0 ? 1UL : 0UL);
                Append(digits, (ulong)((bits[3] >> 16) & 0xFF));
                break;
            case DataKind.Date:
                var date = token.AsDate();
                Append(digits, ((ulong)date.Year << YearShift) | ((ulong)date.Month << MonthShift) | ((ulong)date.Day << DayShift) | (date.IsApproximate ? 1UL : 0UL));
                break;
            default:
                // Counts, presence flags, booleans and enum member positions are plain numbers.
                Append(digits, (ulong)token.Number);
                break;
        }
    }

    /// <summary>Marks a method the JIT should inline, so that a decoding loop keeps the reader's span and position in registers.</summary>
    public const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    /// <summary>The reader's methods, each the inverse of an encoding above, for a reader with fields <c>data</c> and <c>position</c>.</summary>
    public static void WriteReaderMethods(SourceWriter writer, string partialDate, string dateRange)
    {
        writer.Line(Inline)
            .Open("public ulong Unsigned()")
            .Line("var value = 0UL;")
            .Open("for (var shift = 0; ; shift += 5)")
            .Line("var digit = data[position++] - '" + Zero + "';")
            .Line("value |= (ulong)(digit & " + (More - 1).ToString(Invariant) + ") << shift;")
            .Open("if (digit < " + More.ToString(Invariant) + ")")
            .Line("return value;")
            .Close()
            .Close()
            .Close()
            .Line()
            .Line(Inline)
            .Line("public int Count() => (int)Unsigned();")
            .Line()
            .Line("public bool IsPresent() => Unsigned() != 0;")
            .Line()
            .Line("public bool Boolean() => Unsigned() != 0;")
            .Line()
            .Line("public int Member() => (int)Unsigned();")
            .Line()
            .Open("public long Signed()")
            .Line("var value = Unsigned();")
            .Line("return (long)(value >> 1) ^ -(long)(value & 1);")
            .Close()
            .Line()
            .Line("public double Double() => global::System.BitConverter.Int64BitsToDouble(Signed());")
            .Line()
            .Line("public decimal Decimal() => new((int)Unsigned(), (int)Unsigned(), (int)Unsigned(), Unsigned() != 0, (byte)Unsigned());")
            .Line()
            .Open("public " + partialDate + " Date()")
            .Line("var packed = Unsigned();")
            .Line("var (year, month, day) = ((int)(packed >> " + YearShift.ToString(Invariant) + "), (int)(packed >> " + MonthShift.ToString(Invariant) + ") & " + MonthMask.ToString(Invariant) + ", (int)(packed >> " + DayShift.ToString(Invariant) + ") & " + DayMask.ToString(Invariant) + ");")
            .Line("var date = day != 0 ? new " + partialDate + "(year, month, day) : month != 0 ? new " + partialDate + "(year, month) : new " + partialDate + "(year);")
            .Line("return (packed & 1) != 0 ? date.AsApproximate() : date;")
            .Close()
            .Line()
            .Open("public " + dateRange + " Range()")
            .Line("var start = Date();")
            .Line("return IsPresent() ? new " + dateRange + "(start, Date()) : " + dateRange + ".From(start);")
            .Close();
    }
}
