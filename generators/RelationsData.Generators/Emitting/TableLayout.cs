using System.Collections.Generic;
using System.Linq;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>A table as data: its strings end to end in UTF-8, its numbers as digits (<see cref="WireFormat"/>), and where each section of the digits starts.</summary>
internal sealed record EncodedTableData(string Text, string Data, int StringCount, int RecordsAt, int LengthsAt, int IdsAt, int ColumnsAt, int OrdersAt, int ActorsAt);

/// <summary>
/// The one owner of how a table's sections are laid out in its data, and of the generated base class that reads them
/// (<see cref="WriteBaseClass"/>), so a record, an id or the query columns can each be read without the rest:
/// <list type="number">
/// <item>each string's length in UTF-8 bytes, in string-list order;</item>
/// <item>the records, field by field in declaration order;</item>
/// <item>each record's length in digits, so the reader finds where any record starts;</item>
/// <item>the ids in ordinal order, each as its string and its record's position, for a binary search;</item>
/// <item>for a table that stores fact columns, each record's first day + 1 (0 when undated), its length in days
/// (0 when open-ended) when dated, and its dimensions as a bit per enum member;</item>
/// <item>in ascending order, each as its count then increments: the first days of the extents with an end, the first
/// days of the open-ended ones, and the last days of those with an end, which is all that counting reads;</item>
/// <item>then how many actors, and for each in ordinal order its id's string, how many records involve it and their
/// positions as increments.</item>
/// </list>
/// </summary>
internal static class TableLayout
{
    public static EncodedTableData Encode(TableOutput table)
    {
        var indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var text = new StringBuilder();
        var lengths = new StringBuilder();
        int Index(string value)
        {
            if (!indexes.TryGetValue(value, out var index))
            {
                index = indexes.Count;
                indexes.Add(value, index);
                text.Append(value);
                WireFormat.Append(lengths, (ulong)Encoding.UTF8.GetByteCount(value));
            }

            return index;
        }

        var records = new StringBuilder();
        var recordLengths = new StringBuilder();
        foreach (var record in table.Records)
        {
            var start = records.Length;
            foreach (var token in record.Data)
            {
                WireFormat.Append(records, token, token.Text is { } value && token.Kind == DataKind.Text ? Index(value) : 0);
            }

            WireFormat.Append(recordLengths, (ulong)(records.Length - start));
        }

        var ids = new StringBuilder();
        foreach (var (record, position) in table.Records.Select((r, i) => (r, i)).OrderBy(p => p.r.Id, System.StringComparer.Ordinal))
        {
            WireFormat.Append(ids, (ulong)Index(record.Id));
            WireFormat.Append(ids, (ulong)position);
        }

        var columns = new StringBuilder();
        var orders = new StringBuilder();
        var actors = new StringBuilder();
        if (table.RecordShape.HasFactColumns)
        {
            WriteColumns(table, columns);
            WriteDayOrders(table, orders);
            WriteActors(table, actors, Index);
        }

        var recordsAt = lengths.Length;
        var lengthsAt = recordsAt + records.Length;
        var idsAt = lengthsAt + recordLengths.Length;
        var columnsAt = idsAt + ids.Length;
        var ordersAt = columnsAt + columns.Length;
        var actorsAt = ordersAt + orders.Length;
        var data = lengths.Append(records).Append(recordLengths).Append(ids).Append(columns).Append(orders).Append(actors).ToString();
        return new EncodedTableData(text.ToString(), data, indexes.Count, recordsAt, lengthsAt, idsAt, columnsAt, ordersAt, actorsAt);
    }

    private static void WriteColumns(TableOutput table, StringBuilder columns)
    {
        foreach (var row in table.Records.Select(r => r.Fact!))
        {
            if (!row.IsDated)
            {
                WireFormat.Append(columns, 0);
            }
            else
            {
                WireFormat.Append(columns, (ulong)row.FirstDay + 1);
                WireFormat.Append(columns, row.IsOpenEnded ? 0 : (ulong)(row.LastDay - row.FirstDay) + 1);
            }

            WireFormat.Append(columns, row.Dimensions);
        }
    }

    private static void WriteDayOrders(TableOutput table, StringBuilder orders)
    {
        var rows = table.Records.Select(r => r.Fact!).Where(row => row.IsDated).ToList();
        var closed = rows.Where(row => !row.IsOpenEnded).ToList();
        WriteAscending(orders, closed.Select(row => row.FirstDay));
        WriteAscending(orders, rows.Where(row => row.IsOpenEnded).Select(row => row.FirstDay));
        WriteAscending(orders, closed.Select(row => row.LastDay));
    }

    private static void WriteAscending(StringBuilder digits, IEnumerable<int> days)
    {
        var sorted = days.OrderBy(day => day).ToList();
        WireFormat.Append(digits, (ulong)sorted.Count);
        var previous = 0;
        foreach (var day in sorted)
        {
            WireFormat.Append(digits, (ulong)(day - previous));
            previous = day;
        }
    }

    private static void WriteActors(TableOutput table, StringBuilder actors, System.Func<string, int> index)
    {
        var positions = table.Records
            .SelectMany((record, position) => record.Fact!.Actors.Select(actor => (Actor: actor, Position: position)))
            .GroupBy(p => p.Actor, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .ToList();
        WireFormat.Append(actors, (ulong)positions.Count);
        foreach (var group in positions)
        {
            WireFormat.Append(actors, (ulong)index(group.Key));
            WireFormat.Append(actors, (ulong)group.Count());
            var previous = 0;
            foreach (var position in group.Select(p => p.Position))
            {
                WireFormat.Append(actors, (ulong)(position - previous));
                previous = position;
            }
        }
    }

    /// <summary>Writes the base class every table's storage derives from: it reads the sections above, each on first need.</summary>
    public static void WriteBaseClass(SourceWriter writer, string reader, string strings)
    {
        const string Columns = "global::RelationsData.FactColumns";
        const string Dimensions = "global::RelationsData.Dimensions";
        const string Immutable = "global::System.Collections.Immutable.ImmutableArray";
        writer.Line("/// <summary>A table stored as data: records, ids and query columns, each read on first need.</summary>")
            .Open("internal abstract class EncodedTable<T> : global::RelationsData.RecordStorage<T> where T : class")
            .Line("private readonly int stringCount, recordsAt, lengthsAt, idsAt, columnsAt, ordersAt, actorsAt;")
            .Line()
            .Line("// Each is decoded on first need; if two threads race, both decode the same values and either may be kept.")
            .Line("private " + strings + "? strings;")
            .Line("private int[]? recordStarts;")
            .Line("private int[]? ids;")
            .Line()
            .Open("protected EncodedTable(int count, int stringCount, int recordsAt, int lengthsAt, int idsAt, int columnsAt, int ordersAt, int actorsAt) : base(count)")
            .Line("(this.stringCount, this.recordsAt, this.lengthsAt, this.idsAt) = (stringCount, recordsAt, lengthsAt, idsAt);")
            .Line("(this.columnsAt, this.ordersAt, this.actorsAt) = (columnsAt, ordersAt, actorsAt);")
            .Close()
            .Line()
            .Line("protected abstract global::System.ReadOnlySpan<byte> Data { get; }")
            .Line()
            .Line("protected abstract global::System.ReadOnlySpan<byte> Text { get; }")
            .Line()
            .Line("private " + strings + " Strings => strings ??= new " + strings + "(Data, stringCount);")
            .Line()
            .Line("protected abstract T ReadRecord(ref " + reader + " reader);")
            .Line()
            .Open("public sealed override T Read(int position)")
            .Line("var reader = new " + reader + "(Data, (recordStarts ??= ReadRecordStarts())[position], Text, Strings);")
            .Line("return ReadRecord(ref reader);")
            .Close()
            .Line()
            .Open("public sealed override int Find(string id)")
            .Line("// Pairs of an id's string and its record's position, in ordinal order of the ids.")
            .Line("var pairs = ids ??= ReadIds();")
            .Line("var (low, high) = (0, Count - 1);")
            .Open("while (low <= high)")
            .Line("var middle = low + ((high - low) >> 1);")
            .Line("var order = string.CompareOrdinal(Strings.Get(pairs[2 * middle], Text), id);")
            .Open("if (order == 0)")
            .Line("return pairs[(2 * middle) + 1];")
            .Close()
            .Line()
            .Line("(low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);")
            .Close()
            .Line()
            .Line("return -1;")
            .Close()
            .Line()
            .Open("protected " + Columns + " ReadFactColumns(" + Dimensions + "[] dimensionMembers)")
            .Line("return new " + Columns + "(() => ReadExtents(dimensionMembers), ReadActors, ReadDayOrders);")
            .Close()
            .Line()
            .Line(WireFormat.Optimize)
            .Open("private (" + Immutable + "<int>, " + Immutable + "<int>, " + Immutable + "<" + Dimensions + ">) ReadExtents(" + Dimensions + "[] dimensionMembers)")
            .Line("var reader = new " + reader + "(Data, columnsAt);")
            .Line("var (first, last, dimensions) = (new int[Count], new int[Count], new " + Dimensions + "[Count]);")
            .Open("for (var i = 0; i < Count; i++)")
            .Line("var start = reader.Count() - 1;")
            .Line("var length = start < 0 ? 0 : reader.Count();")
            .Line("(first[i], last[i]) = (start, start < 0 ? " + Columns + ".Undated : length == 0 ? int.MaxValue : start + length - 1);")
            .Open("for (var (mask, member) = (reader.Unsigned(), 0); mask != 0; mask >>= 1, member++)")
            .Line("dimensions[i] |= (mask & 1) != 0 ? dimensionMembers[member] : 0;")
            .Close()
            .Close()
            .Line()
            .Line("return (AsImmutable(first), AsImmutable(last), AsImmutable(dimensions));")
            .Close()
            .Line()
            .Open("private (" + Immutable + "<int>, " + Immutable + "<int>, " + Immutable + "<int>) ReadDayOrders()")
            .Line("var reader = new " + reader + "(Data, ordersAt);")
            .Line("return (ReadAscending(ref reader), ReadAscending(ref reader), ReadAscending(ref reader));")
            .Close()
            .Line()
            .Line(WireFormat.Optimize)
            .Open("private static " + Immutable + "<int> ReadAscending(ref " + reader + " reader)")
            .Line("var days = new int[reader.Count()];")
            .Open("for (var (i, day) = (0, 0); i < days.Length; i++)")
            .Line("days[i] = day += reader.Count();")
            .Close()
            .Line()
            .Line("return AsImmutable(days);")
            .Close()
            .Line()
            .Line(WireFormat.Optimize)
            .Open("private int[] ReadRecordStarts()")
            .Line("var reader = new " + reader + "(Data, lengthsAt);")
            .Line("var starts = new int[Count];")
            .Open("for (var (i, start) = (0, recordsAt); i < starts.Length; i++)")
            .Line("starts[i] = start;")
            .Line("start += reader.Count();")
            .Close()
            .Line()
            .Line("return starts;")
            .Close()
            .Line()
            .Line(WireFormat.Optimize)
            .Open("private int[] ReadIds()")
            .Line("var reader = new " + reader + "(Data, idsAt);")
            .Line("var pairs = new int[2 * Count];")
            .Open("for (var i = 0; i < pairs.Length; i++)")
            .Line("pairs[i] = reader.Count();")
            .Close()
            .Line()
            .Line("return pairs;")
            .Close()
            .Line()
            .Line(WireFormat.Optimize)
            .Open("private global::System.Collections.Generic.KeyValuePair<string, " + Immutable + "<int>>[] ReadActors()")
            .Line("var reader = new " + reader + "(Data, actorsAt, Text, Strings);")
            .Line("var actors = new global::System.Collections.Generic.KeyValuePair<string, " + Immutable + "<int>>[reader.Count()];")
            .Open("for (var i = 0; i < actors.Length; i++)")
            .Line("var (actor, positions) = (reader.String(), new int[reader.Count()]);")
            .Open("for (var (k, position) = (0, 0); k < positions.Length; k++)")
            .Line("positions[k] = position += reader.Count();")
            .Close()
            .Line()
            .Line("actors[i] = new(actor, AsImmutable(positions));")
            .Close()
            .Line()
            .Line("return actors;")
            .Close()
            .Line()
            .Line("private static " + Immutable + "<TItem> AsImmutable<TItem>(TItem[] items) => global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);")
            .Close();
    }
}
