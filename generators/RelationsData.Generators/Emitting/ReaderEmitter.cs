using System.Collections.Generic;
using System.Globalization;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>Writes the <c>Reader</c> class that decodes <see cref="DataEncoding"/>, with only the methods a table's values need.</summary>
internal static class ReaderEmitter
{
    private const string PartialDate = "global::RelationsData.PartialDate";
    private const string DateRange = "global::RelationsData.DateRange";

    public static void Emit(SourceWriter writer, HashSet<ValueKind> kinds)
    {
        writer.Line()
            .Line("// Reads numbers written in base 32, least significant digit first: '?' to '^' is a last digit, '_' to '~' one that more follow.")
            .Open("private sealed class Reader")
            .Line("private readonly byte[] data;")
            .Line("private readonly string[] strings;")
            .Line("private int position;")
            .Line()
            .Open("public Reader(global::System.ReadOnlySpan<byte> data, global::System.ReadOnlySpan<byte> text, int stringCount)")
            .Line("this.data = data.ToArray();")
            .Line("strings = new string[stringCount];")
            .Line("var offset = 0;")
            .Open("for (var i = 0; i < strings.Length; i++)")
            .Line("var length = (int)Unsigned();")
            .Line("strings[i] = global::System.Text.Encoding.UTF8.GetString(text.Slice(offset, length));")
            .Line("offset += length;")
            .Close()
            .Close()
            .Line()
            .Open("public ulong Unsigned()")
            .Line("var value = 0UL;")
            .Open("for (var shift = 0; ; shift += 5)")
            .Line("var digit = data[position++] - '" + DataEncoding.Zero + "';")
            .Line("value |= (ulong)(digit & " + (DataEncoding.More - 1).ToString(CultureInfo.InvariantCulture) + ") << shift;")
            .Open("if (digit < " + DataEncoding.More.ToString(CultureInfo.InvariantCulture) + ")")
            .Line("return value;")
            .Close()
            .Close()
            .Close()
            .Line()
            .Line("public string String() => strings[Unsigned()];");

        if (kinds.Contains(ValueKind.Int32) || kinds.Contains(ValueKind.Int64) || kinds.Contains(ValueKind.Double))
        {
            writer.Line()
                .Line("// Zigzag: 0, -1, 1, -2, ... are written as 0, 1, 2, 3, ...")
                .Open("public long Signed()")
                .Line("var value = Unsigned();")
                .Line("return (long)(value >> 1) ^ -(long)(value & 1);")
                .Close();
        }

        if (kinds.Contains(ValueKind.Decimal))
        {
            writer.Line()
                .Line("public decimal Decimal() => new((int)Unsigned(), (int)Unsigned(), (int)Unsigned(), Unsigned() != 0, (byte)Unsigned());");
        }

        if (kinds.Contains(ValueKind.PartialDate) || kinds.Contains(ValueKind.DateRange))
        {
            writer.Line()
                .Line("// Year, month (0 when unknown), day (0 when unknown) and the approximate flag, packed in one number.")
                .Open("public " + PartialDate + " Date()")
                .Line("var packed = Unsigned();")
                .Line("var (year, month, day) = ((int)(packed >> 10), (int)(packed >> 6) & 15, (int)(packed >> 1) & 31);")
                .Line("var date = day != 0 ? new " + PartialDate + "(year, month, day) : month != 0 ? new " + PartialDate + "(year, month) : new " + PartialDate + "(year);")
                .Line("return (packed & 1) != 0 ? date.AsApproximate() : date;")
                .Close();
        }

        if (kinds.Contains(ValueKind.DateRange))
        {
            writer.Line()
                .Open("public " + DateRange + " Range()")
                .Line("var start = Date();")
                .Line("return Unsigned() != 0 ? new " + DateRange + "(start, Date()) : " + DateRange + ".From(start);")
                .Close();
        }

        if (kinds.Contains(ValueKind.Array))
        {
            writer.Line()
                .Open("public global::System.Collections.Immutable.ImmutableArray<T> Array<T>(global::System.Func<Reader, T> read)")
                .Line("var count = (int)Unsigned();")
                .Open("if (count == 0)")
                .Line("return global::System.Collections.Immutable.ImmutableArray<T>.Empty;")
                .Close()
                .Line()
                .Line("var items = new T[count];")
                .Open("for (var i = 0; i < count; i++)")
                .Line("items[i] = read(this);")
                .Close()
                .Line()
                .Line("return global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);")
                .Close();
        }

        writer.Close();
    }
}
