using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Writes the one reader file of an assembly: <c>DataReader</c>, which decodes values (<see cref="WireFormat"/>);
/// <c>StringTable</c>, which decodes each string on first use; and <c>EncodedTable</c>, the base of every table's storage
/// (<see cref="TableLayout"/>). The JIT compiles them once however many tables there are.
/// </summary>
internal static class ReaderEmitter
{
    private const string Reader = "DataReader";
    private const string Strings = "StringTable";

    /// <summary>
    /// The reader's namespace, named after its assembly: a dataset that references another dataset's assembly (and may see
    /// its internals) then never meets a second type of the same name.
    /// </summary>
    public static string Namespace(string assemblyName) => "RelationsData.Generated." + Identifier(assemblyName);

    /// <summary>The fully qualified name of the reader type.</summary>
    public static string ReaderType(string assemblyName) => "global::" + Namespace(assemblyName) + "." + Reader;

    /// <summary>The fully qualified name of the storage base class, without its type argument.</summary>
    public static string BaseType(string assemblyName) => "global::" + Namespace(assemblyName) + ".EncodedTable";

    public static string HintName(string assemblyName) => Namespace(assemblyName) + ".DatasetReader.g.cs";

    public static string Emit(string assemblyName)
    {
        var writer = SourceWriter.GeneratedFile("for the dataset tables of this assembly", Namespace(assemblyName))
            .Line("/// <summary>Reads the values of a table's data from a position; strings through the table's string list.</summary>")
            .Open("internal ref struct " + Reader)
            .Line("private readonly global::System.ReadOnlySpan<byte> data;")
            .Line("private readonly " + Strings + "? strings;")
            .Line("private int position;")
            .Line()
            .Line("// The data holds every byte the reader is about to read (a record, or a section of postings), from position.")
            .Open("public " + Reader + "(global::System.ReadOnlySpan<byte> data, int position, " + Strings + "? strings = null)")
            .Line("this.data = data;")
            .Line("this.position = position;")
            .Line("this.strings = strings;")
            .Close()
            .Line()
            .Line("public string String() => strings!.Get(Count());")
            .Line();
        WireFormat.WriteReaderMethods(writer, "global::RelationsData.PartialDate", "global::RelationsData.DateRange");
        writer.Close()
            .Line()
            .Line("/// <summary>A table's strings, each decoded from UTF-8 on first use and then shared.</summary>")
            .Open("internal sealed class " + Strings)
            .Line("private readonly int startsAt, width;")
            .Line("private readonly global::RelationsData.StoredDigits data, text;")
            .Line("private readonly global::RelationsData.LazySlots<string> strings;")
            .Line()
            .Line("// Where each string starts in the text is a number of fixed width in the table's data, from startsAt.")
            .Open("public " + Strings + "(int count, int startsAt, int width, global::RelationsData.StoredDigits data, global::RelationsData.StoredDigits text)")
            .Line("(strings, this.startsAt, this.width) = (new(count), startsAt, width);")
            .Line("(this.data, this.text) = (data, text);")
            .Close()
            .Line()
            .Open("public string Get(int index)")
            .Open("if (strings.Get(index) is { } found)")
            .Line("return found;")
            .Close()
            .Line()
            .Line("var startsWindow = new global::RelationsData.StoredWindow(data);")
            .Line("var textWindow = new global::RelationsData.StoredWindow(text);")
            .Line("return strings.Fill(index, global::System.Text.Encoding.UTF8.GetString(Bytes(index, ref startsWindow, ref textWindow)));")
            .Close()
            .Line()
            .Line("/// <summary>A string's UTF-8 bytes, in place, through a reader's views of the string starts and of the text.</summary>")
            .Open("public global::System.ReadOnlySpan<byte> Bytes(int index, ref global::RelationsData.StoredWindow starts, ref global::RelationsData.StoredWindow text)")
            .Line("var start = starts.Number(startsAt + (index * width), width);")
            .Line("return text.Slice(start, starts.Number(startsAt + ((index + 1) * width), width) - start);")
            .Close()
            .Close()
            .Line();
        TableLayout.WriteBaseClass(writer, Reader, Strings);
        return writer.ToString();
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
