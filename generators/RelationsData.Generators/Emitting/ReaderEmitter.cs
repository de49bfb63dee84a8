using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes the one <c>DatasetReader</c> of an assembly, which decodes <see cref="DataEncoding"/> for every table's storage,
/// so the JIT compiles it once however many tables there are. It reads every kind of value; a method no table calls is
/// never compiled.
/// </summary>
internal static class ReaderEmitter
{
    private const string Name = "DatasetReader";
    private const string PartialDate = "global::RelationsData.PartialDate";
    private const string DateRange = "global::RelationsData.DateRange";

    /// <summary>
    /// The reader's namespace, named after its assembly: a dataset that references another dataset's assembly (and may see
    /// its internals) then never meets a second type of the same name.
    /// </summary>
    public static string Namespace(string assemblyName) => "RelationsData.Generated." + Identifier(assemblyName);

    public static string TypeName(string assemblyName) => "global::" + Namespace(assemblyName) + "." + Name;

    public static string HintName(string assemblyName) => Namespace(assemblyName) + "." + Name + ".g.cs";

    public static string Emit(string assemblyName)
    {
        var inv = CultureInfo.InvariantCulture;
        return SourceWriter.GeneratedFile("for the dataset tables of this assembly", Namespace(assemblyName))
            .Line("// Reads numbers written in base 32, least significant digit first: '?' to '^' is a last digit, '_' to '~' one that more follow.")
            .Open("internal sealed class " + Name)
            .Line("private readonly byte[] data;")
            .Line("private readonly string[] strings;")
            .Line("private int position;")
            .Line()
            .Open("public " + Name + "(global::System.ReadOnlySpan<byte> data, global::System.ReadOnlySpan<byte> text, int stringCount)")
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
            .Line("value |= (ulong)(digit & " + (DataEncoding.More - 1).ToString(inv) + ") << shift;")
            .Open("if (digit < " + DataEncoding.More.ToString(inv) + ")")
            .Line("return value;")
            .Close()
            .Close()
            .Close()
            .Line()
            .Line("public string String() => strings[Unsigned()];")
            .Line()
            .Line("// Zigzag: 0, -1, 1, -2, ... are written as 0, 1, 2, 3, ...")
            .Open("public long Signed()")
            .Line("var value = Unsigned();")
            .Line("return (long)(value >> 1) ^ -(long)(value & 1);")
            .Close()
            .Line()
            .Line("public decimal Decimal() => new((int)Unsigned(), (int)Unsigned(), (int)Unsigned(), Unsigned() != 0, (byte)Unsigned());")
            .Line()
            .Line("// Year, month (0 when unknown), day (0 when unknown) and the approximate flag, packed in one number.")
            .Open("public " + PartialDate + " Date()")
            .Line("var packed = Unsigned();")
            .Line("var (year, month, day) = ((int)(packed >> 10), (int)(packed >> 6) & 15, (int)(packed >> 1) & 31);")
            .Line("var date = day != 0 ? new " + PartialDate + "(year, month, day) : month != 0 ? new " + PartialDate + "(year, month) : new " + PartialDate + "(year);")
            .Line("return (packed & 1) != 0 ? date.AsApproximate() : date;")
            .Close()
            .Line()
            .Open("public " + DateRange + " Range()")
            .Line("var start = Date();")
            .Line("return Unsigned() != 0 ? new " + DateRange + "(start, Date()) : " + DateRange + ".From(start);")
            .Close()
            .Line()
            .Open("public global::System.Collections.Immutable.ImmutableArray<T> Array<T>(global::System.Func<" + Name + ", T> read)")
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
            .Close()
            .Close()
            .ToString();
    }

    /// <summary>An assembly name as one identifier: other characters become '_', and a keyword or leading digit gets a '_' before it.</summary>
    private static string Identifier(string name)
    {
        var identifier = new string(name.Select(c => SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_').ToArray());
        return identifier.Length > 0 && SyntaxFacts.IsIdentifierStartCharacter(identifier[0]) && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None
            ? identifier
            : "_" + identifier;
    }
}
