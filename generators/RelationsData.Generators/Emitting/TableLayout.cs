using System.Collections.Generic;
using System.Linq;
using System.Text;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// A table as data: its strings end to end in UTF-8, its numbers as digits (<see cref="WireFormat"/>), the widths of its
/// fixed-width numbers, and where each section of the digits starts (the records start at 0). The text and the digits
/// stay in their builders, which the emitter reads part by part: a million records' data is never copied whole.
/// </summary>
internal sealed record EncodedTableData(
    StringBuilder Text,
    StringBuilder Data,
    int StringCount,
    int OffsetWidth,
    int NumberWidth,
    int RecordStartsAt,
    int IdsAt,
    int ExtentsAt,
    int DimensionsAt,
    int ActorsAt,
    int StringStartsAt);

/// <summary>
/// The one owner of how a table's sections are laid out in its data, and of the generated base class that reads them
/// (<see cref="WriteBaseClass"/>), so that a record, an id or a query's index is read without the rest, and the sections
/// read at random cost nothing to open:
/// <list type="number">
/// <item>the records, field by field in declaration order;</item>
/// <item>where each record starts, as offsets of fixed width;</item>
/// <item>the ids in the order of their bytes (ASCII, so ordinal order), each as its string's position in the string list
/// and its record's position, both numbers of fixed width, for a binary search that compares the bytes in place;</item>
/// <item>for a table that stores fact columns, the sorted extents in the stored form of the library's <c>ExtentIndex</c>,
/// numbers of fixed width, which the queries read in place;</item>
/// <item>then how many combinations of dimensions the records have, and for each in ascending order its bits (one per
/// enum member), how many records have it and their positions as increments;</item>
/// <item>then how many actors, and for each in ordinal order its id's string, how many records involve it and their
/// positions as increments;</item>
/// <item>where each string starts in the text, as offsets of fixed width, with one more for where the last ends.</item>
/// </list>
/// </summary>
internal static class TableLayout
{
    public static EncodedTableData Encode(TableOutput table)
    {
        // The records first, then each section after them in the same builder: a table's data is never copied whole.
        var strings = new StringList();
        var data = new StringBuilder();
        var recordStarts = new List<int>();
        foreach (var record in table.Records)
        {
            recordStarts.Add(data.Length);
            foreach (var token in record.Data)
            {
                WireFormat.Append(data, token, token.Text is { } value && token.Kind == DataKind.Text ? strings.Index(value) : 0);
            }
        }

        // Every string is listed before the widths are chosen, so the ids' and actors' strings count too.
        var ids = table.Records.Select((record, position) => (String: strings.Index(record.Id), Position: position))
            .OrderBy(p => table.Records[p.Position].Id, System.StringComparer.Ordinal)
            .ToList();
        var facts = table.RecordShape.HasFactColumns ? table.Records.Select(r => r.Fact!).ToList() : [];
        var actors = PositionsByActor(facts);
        actors.ForEach(actor => strings.Index(actor.Key));

        var offsetWidth = FixedDigitFormat.Width(System.Math.Max(data.Length, strings.ByteCount));
        var largestDay = facts.Where(f => f.IsDated).Select(f => f.IsOpenEnded ? f.FirstDay : f.LastDay).DefaultIfEmpty(0).Max();
        var numberWidth = FixedDigitFormat.Width(new[] { table.Records.Count, strings.Count, largestDay }.Max());

        var recordStartsAt = data.Length;
        recordStarts.ForEach(start => WireFormat.AppendFixed(data, start, offsetWidth));
        var idsAt = data.Length;
        foreach (var (stringIndex, position) in ids)
        {
            WireFormat.AppendFixed(data, stringIndex, numberWidth);
            WireFormat.AppendFixed(data, position, numberWidth);
        }

        var extentsAt = data.Length;
        var dimensionsAt = extentsAt;
        var actorsAt = extentsAt;
        if (table.RecordShape.HasFactColumns)
        {
            WriteExtents(facts, data, numberWidth);
            dimensionsAt = data.Length;
            WriteDimensions(facts, data);
            actorsAt = data.Length;
            WriteActors(actors, data, strings);
        }

        var stringStartsAt = data.Length;
        strings.Starts.ForEach(start => WireFormat.AppendFixed(data, start, offsetWidth));
        return new EncodedTableData(
            strings.Text, data, strings.Count, offsetWidth, numberWidth, recordStartsAt, idsAt, extentsAt, dimensionsAt, actorsAt, stringStartsAt);
    }

    private static void WriteExtents(List<FactRow> facts, StringBuilder data, int width)
    {
        // Stable sorts by first day, as the library's ExtentIndex.Of sorts the facts it is given.
        var closed = Enumerable.Range(0, facts.Count).Where(i => facts[i].IsDated && !facts[i].IsOpenEnded).OrderBy(i => facts[i].FirstDay).ToList();
        var open = Enumerable.Range(0, facts.Count).Where(i => facts[i].IsOpenEnded).OrderBy(i => facts[i].FirstDay).ToList();
        var closedLastDays = closed.Select(i => facts[i].LastDay).ToList();
        var columns = new[]
        {
            new[] { closed.Count, open.Count },
            closed,
            closed.Select(i => facts[i].FirstDay),
            closedLastDays,
            ExtentTree.MaxLastDays(closedLastDays),
            closedLastDays.OrderBy(day => day),
            open,
            open.Select(i => facts[i].FirstDay),
        };
        foreach (var number in columns.SelectMany(column => column))
        {
            WireFormat.AppendFixed(data, number, width);
        }
    }

    private static void WriteDimensions(List<FactRow> facts, StringBuilder data)
    {
        var groups = Enumerable.Range(0, facts.Count).GroupBy(i => facts[i].Dimensions).OrderBy(g => g.Key).ToList();
        WireFormat.Append(data, (ulong)groups.Count);
        foreach (var group in groups)
        {
            WireFormat.Append(data, group.Key);
            WritePositions(data, group.ToList());
        }
    }

    private static List<KeyValuePair<string, List<int>>> PositionsByActor(List<FactRow> facts) =>
        facts.SelectMany((fact, position) => fact.Actors.Select(actor => (Actor: actor, Position: position)))
            .GroupBy(p => p.Actor, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, List<int>>(g.Key, g.Select(p => p.Position).ToList()))
            .ToList();

    private static void WriteActors(List<KeyValuePair<string, List<int>>> actors, StringBuilder data, StringList strings)
    {
        WireFormat.Append(data, (ulong)actors.Count);
        foreach (var actor in actors)
        {
            WireFormat.Append(data, (ulong)strings.Index(actor.Key));
            WritePositions(data, actor.Value);
        }
    }

    /// <summary>Writes how many positions, then each ascending position as its increment over the one before.</summary>
    private static void WritePositions(StringBuilder data, List<int> positions)
    {
        WireFormat.Append(data, (ulong)positions.Count);
        var previous = 0;
        foreach (var position in positions)
        {
            WireFormat.Append(data, (ulong)(position - previous));
            previous = position;
        }
    }

    /// <summary>The base class's constructor arguments, as the storage of <paramref name="table"/> passes them by name.</summary>
    public static IEnumerable<(string Name, int Value)> Arguments(TableOutput table, EncodedTableData encoded) =>
    [
        ("count", table.Records.Count),
        ("stringCount", encoded.StringCount),
        ("offsetWidth", encoded.OffsetWidth),
        ("numberWidth", encoded.NumberWidth),
        ("recordStartsAt", encoded.RecordStartsAt),
        ("idsAt", encoded.IdsAt),
        ("extentsAt", encoded.ExtentsAt),
        ("dimensionsAt", encoded.DimensionsAt),
        ("actorsAt", encoded.ActorsAt),
        ("stringStartsAt", encoded.StringStartsAt),
    ];

    /// <summary>Writes the base class every table's storage derives from: it reads the sections above, each on first need.</summary>
    public static void WriteBaseClass(SourceWriter writer, string reader, string strings)
    {
        const string Columns = "global::RelationsData.FactColumns";
        const string Dimensions = "global::RelationsData.Dimensions";
        const string Immutable = "global::System.Collections.Immutable.ImmutableArray";
        const string Pair = "global::System.Collections.Generic.KeyValuePair";
        const string Span = "global::System.ReadOnlySpan<byte>";
        const string Window = "global::RelationsData.StoredWindow";
        writer.Line("/// <summary>A table stored as data: records, ids and query columns, each read on first need.</summary>")
            .Open("internal abstract class EncodedTable<T> : global::RelationsData.RecordStorage<T> where T : class")
            .Line("private readonly int stringCount, offsetWidth, numberWidth, recordStartsAt, idsAt, extentsAt, dimensionsAt, actorsAt, stringStartsAt;")
            .Line()
            .Line("// The methods below, as delegates made once.")
            .Line("private readonly global::RelationsData.StoredDigits data, text;")
            .Line()
            .Line("// Made on first need; if two threads race, either may be kept.")
            .Line("private " + strings + "? strings;")
            .Line()
            .Open("protected EncodedTable(int count, int stringCount, int offsetWidth, int numberWidth, int recordStartsAt, int idsAt, int extentsAt, int dimensionsAt, int actorsAt, int stringStartsAt) : base(count)")
            .Line("(this.stringCount, this.offsetWidth, this.numberWidth) = (stringCount, offsetWidth, numberWidth);")
            .Line("(this.recordStartsAt, this.idsAt, this.extentsAt) = (recordStartsAt, idsAt, extentsAt);")
            .Line("(this.dimensionsAt, this.actorsAt, this.stringStartsAt) = (dimensionsAt, actorsAt, stringStartsAt);")
            .Line("(data, text) = (Data, Text);")
            .Close()
            .Line()
            .Line("// The table's data and its text: a span that holds the bytes from at to at + length, with at moved to where they start")
            .Line("// in it (a literal, or for a large table the part that holds them; global::RelationsData.StoredDigits).")
            .Line("protected abstract " + Span + " Data(scoped ref int at, int length);")
            .Line()
            .Line("protected abstract " + Span + " Text(scoped ref int at, int length);")
            .Line()
            .Line("private " + strings + " Strings => strings ??= new " + strings + "(stringCount, stringStartsAt, offsetWidth, data, text);")
            .Line()
            .Line("protected abstract T ReadRecord(ref " + reader + " reader);")
            .Line()
            .Open("public sealed override T Read(int position)")
            .Line("// A record ends where the next starts; the last, where the starts do.")
            .Line("var window = new " + Window + "(data);")
            .Line("var at = recordStartsAt + (position * offsetWidth);")
            .Line("var start = window.Number(at, offsetWidth);")
            .Line("var end = position == Count - 1 ? recordStartsAt : window.Number(at + offsetWidth, offsetWidth);")
            .Line("var reader = new " + reader + "(window.Slice(start, end - start), 0, Strings);")
            .Line("return ReadRecord(ref reader);")
            .Close()
            .Line()
            .Open("public sealed override int Find(string id)")
            .Line("// Every stored id is ASCII (the generator checks ids against [a-z][a-z0-9-]*), so another id names no record,")
            .Line("// and an ASCII id's ordinal order is its bytes' order: the search compares its bytes with the stored ones in place.")
            .Line("global::System.Span<byte> buffer = id.Length <= 256 ? stackalloc byte[id.Length] : new byte[id.Length];")
            .Open("if (global::System.Text.Ascii.FromUtf16(id, buffer, out _) != global::System.Buffers.OperationStatus.Done)")
            .Line("return -1;")
            .Close()
            .Line()
            .Line(Span + " key = buffer;")
            .Line("// A view for each region the search reads, since each keeps the part it last read: ids, string starts, text.")
            .Line("var idsWindow = new " + Window + "(data);")
            .Line("var startsWindow = new " + Window + "(data);")
            .Line("var textWindow = new " + Window + "(text);")
            .Line("var (low, high) = (0, Count - 1);")
            .Open("while (low <= high)")
            .Line("// Pairs of an id's string and its record's position.")
            .Line("var middle = low + ((high - low) >> 1);")
            .Line("var at = idsAt + (2 * middle * numberWidth);")
            .Line("var order = global::System.MemoryExtensions.SequenceCompareTo(Strings.Bytes(idsWindow.Number(at, numberWidth), ref startsWindow, ref textWindow), key);")
            .Open("if (order == 0)")
            .Line("return idsWindow.Number(at + numberWidth, numberWidth);")
            .Close()
            .Line()
            .Line("(low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);")
            .Close()
            .Line()
            .Line("return -1;")
            .Close()
            .Line()
            .Open("protected " + Columns + " ReadFactColumns(" + Dimensions + "[] dimensionMembers)")
            .Line("return new " + Columns + "(() => ReadDimensions(dimensionMembers), ReadActors, () => new(data, extentsAt, numberWidth));")
            .Close()
            .Line()
            .Open("private " + Pair + "<" + Dimensions + ", " + Immutable + "<int>>[] ReadDimensions(" + Dimensions + "[] dimensionMembers)")
            .Line("var reader = new " + reader + "(new " + Window + "(data).Slice(dimensionsAt, actorsAt - dimensionsAt), 0);")
            .Line("var groups = new " + Pair + "<" + Dimensions + ", " + Immutable + "<int>>[reader.Count()];")
            .Open("for (var i = 0; i < groups.Length; i++)")
            .Line("var dimensions = (" + Dimensions + ")0;")
            .Open("for (var (mask, member) = (reader.Unsigned(), 0); mask != 0; mask >>= 1, member++)")
            .Line("dimensions |= (mask & 1) != 0 ? dimensionMembers[member] : 0;")
            .Close()
            .Line()
            .Line("groups[i] = new(dimensions, ReadPositions(ref reader));")
            .Close()
            .Line()
            .Line("return groups;")
            .Close()
            .Line()
            .Open("private " + Pair + "<string, " + Immutable + "<int>>[] ReadActors()")
            .Line("var reader = new " + reader + "(new " + Window + "(data).Slice(actorsAt, stringStartsAt - actorsAt), 0, Strings);")
            .Line("var actors = new " + Pair + "<string, " + Immutable + "<int>>[reader.Count()];")
            .Open("for (var i = 0; i < actors.Length; i++)")
            .Line("actors[i] = new(reader.String(), ReadPositions(ref reader));")
            .Close()
            .Line()
            .Line("return actors;")
            .Close()
            .Line()
            .Open("private static " + Immutable + "<int> ReadPositions(ref " + reader + " reader)")
            .Line("var positions = new int[reader.Count()];")
            .Open("for (var (i, position) = (0, 0); i < positions.Length; i++)")
            .Line("positions[i] = position += reader.Count();")
            .Close()
            .Line()
            .Line("return AsImmutable(positions);")
            .Close()
            .Line()
            .Line("private static " + Immutable + "<TItem> AsImmutable<TItem>(TItem[] items) => global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);")
            .Close();
    }
}
