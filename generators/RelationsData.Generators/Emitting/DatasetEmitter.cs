using System.Globalization;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Turns a linked table into C#: a static member per record with the fact in its XML docs, <c>All</c> in chronological
/// order, and lookups by id. Records are decoded from data (<see cref="StorageEmitter"/>) one by one as they are read,
/// so nothing runs before first use.
/// </summary>
internal static class DatasetEmitter
{
    public static string HintName(TableOutput table) =>
        (table.Namespace.Length == 0 ? string.Empty : table.Namespace + ".") + table.ClassName + ".g.cs";

    /// <summary>Writes a table's source file; its storage decodes with the reader of <paramref name="assemblyName"/> (<see cref="ReaderEmitter"/>).</summary>
    public static string Emit(TableOutput table, string assemblyName)
    {
        var type = table.RecordTypeName;
        var inv = CultureInfo.InvariantCulture;
        var count = table.Records.Count.ToString(inv);
        var writer = SourceWriter.GeneratedFile("from the '" + table.Key + ":' lists of the dataset's YAML files", table.Namespace)
            .Open("static partial class " + table.ClassName)
            .Line("/// <summary>Gets the number of records in <see cref=\"All\"/>.</summary>")
            .Line("public static int Count => " + count + ";")
            .Line()
            .Line("/// <summary>")
            .Line("/// Gets every record of this table in chronological order: by the first day the dated field can mean, then by its")
            .Line("/// last day, then by id (ordinal); undated records come last. Each record is built the first time it is read, then shared.")
            .Line("/// </summary>")
            .Line("public static global::RelationsData.RecordTable<" + type + "> All => Storage.Table;")
            .Line()
            .Line("/// <summary>Gets the records keyed by id (ordinal comparison). Built on first use, with every record; <see cref=\"TryGet\"/> builds only the one it finds.</summary>")
            .Line("public static global::System.Collections.Frozen.FrozenDictionary<string, " + type + "> ById => Index.ById;")
            .Line()
            .Line("/// <summary>Finds a record by id (ordinal comparison) with a binary search over ids stored at build time, building only that record.</summary>")
            .Line("/// <param name=\"id\">The record's id, such as \"" + Escape(table.Records.Count > 0 ? table.Records[0].Id : "an-id") + "\".</param>")
            .Line("/// <param name=\"record\">The record, or null when no record has that id.</param>")
            .Line("/// <returns>True when a record has that id.</returns>")
            .Line("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + type + "? record) => Storage.Table.TryGet(id, out record);")
            .Line()
            .Line("/// <summary>Gets a record by id.</summary>")
            .Line("/// <param name=\"id\">The record's id.</param>")
            .Line("/// <returns>The record.</returns>")
            .Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No record has that id.</exception>")
            .Line("public static " + type + " Get(string id) => TryGet(id, out var record) ? record : throw new global::System.Collections.Generic.KeyNotFoundException(\"No record in '" + table.Key + "' has the id '\" + id + \"'.\");");

        // Past the runtime's limit on methods per type, records are reached through All, Get and TryGet only (RD0020).
        var members = table.Records.Count <= TableOutput.MaxRecordMembers ? table.Records : EquatableArray<OutputRecord>.Empty;
        for (var i = 0; i < members.Count; i++)
        {
            var record = members[i];
            writer.Line().Line("/// <summary>" + Escape(record.Summary) + "</summary>").Line("/// <remarks>");
            foreach (var remark in record.Remarks)
            {
                writer.Line("/// <para>" + Escape(remark) + "</para>");
            }

            writer.Line("/// </remarks>")
                .Line("public static " + type + " " + record.MemberName + " => Storage.Table[" + i.ToString(inv) + "];");
        }

        StorageEmitter.Emit(writer.Line(), table, assemblyName);
        writer.Line()
            .Open("private static class Index")
            .Line("internal static readonly global::System.Collections.Frozen.FrozenDictionary<string, " + type + "> ById =")
            .Line("    global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Storage.Table, static record => record.Id, global::System.StringComparer.Ordinal);")
            .Line()
            .Line("static Index()")
            .Line("{")
            .Line("}")
            .Close()
            .Close();
        return writer.ToString();
    }

    /// <summary>Escapes text for an XML doc comment and keeps it on one line.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                // C# ends a line at each of these too; in a doc comment the rest would be read as code.
                case '\n' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().Trim();
    }
}
