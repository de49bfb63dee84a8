namespace RelationsData.Generators.Model;

/// <summary>A line of a record's generated XML docs. References in <see cref="Text"/> are placeholders that the linker resolves to titles.</summary>
internal sealed record DocLine(string Label, string Text);

/// <summary>
/// How a reference sits in doc text until the linker replaces it with the referenced record's title: the id between two
/// control characters, which no value can hold (the parser rejects control characters, RD0021).
/// </summary>
internal static class ReferencePlaceholder
{
    public const char Open = '\u0001';
    public const char Close = '\u0002';

    public static string For(string id) => Open + id + Close;
}

/// <summary>An id that a record refers to, kept for the cross-file check.</summary>
/// <param name="Id">The id referred to.</param>
/// <param name="Target">The fully qualified record type the id must belong to, or "" for any record.</param>
/// <param name="Field">The YAML key that holds the reference.</param>
/// <param name="Owner">The record that refers, for messages, such as "record 'x' in treaties".</param>
/// <param name="Location">Where the id is written.</param>
internal sealed record ReferenceUse(string Id, string Target, string Field, string Owner, LocationInfo Location);

/// <summary>
/// What the date, dimension and actor queries need of one fact, stored with its table so they run without building it.
/// </summary>
/// <param name="FirstDay">The first day of its extent (days since 0001-01-01), or -1 when it has none.</param>
/// <param name="LastDay">The last day of its extent; <see cref="int.MaxValue"/> for an open end, -1 when it has none.</param>
/// <param name="Dimensions">Its dimensions, a bit per member position of the enum.</param>
/// <param name="Actors">The ids of the actors it involves, each once, in ordinal order.</param>
internal sealed record FactRow(int FirstDay, int LastDay, ulong Dimensions, EquatableArray<string> Actors)
{
    /// <summary>The first and last day of a record without an extent, as the library's <c>FactColumns.Undated</c>.</summary>
    public const int Undated = -1;

    /// <summary>The last day of an open-ended extent, as the library's <c>DayNumber.OpenEnd</c>.</summary>
    public const int OpenEnd = int.MaxValue;

    public bool IsDated => FirstDay != Undated;

    public bool IsOpenEnded => LastDay == OpenEnd;
}

/// <summary>
/// One record read from YAML and checked against its type: its values encoded field by field, its place in time, its docs
/// its references, and what the fact queries need of it. An invalid record keeps its id (so other files do not report it missing) but emits nothing.
/// </summary>
internal sealed record BoundRecord(
    string TableKey,
    string Id,
    LocationInfo Location,
    bool IsValid,
    EquatableArray<DataToken> Data,
    long SortStart,
    long SortEnd,
    string DocTitle,
    EquatableArray<DocLine> Docs,
    EquatableArray<ReferenceUse> References,
    FactRow? Fact);

/// <summary>The records of one YAML file and every problem found in it, parse errors included.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Records">The records read, valid or not.</param>
/// <param name="Diagnostics">The problems found.</param>
/// <param name="IsUnreadable">Whether the file could not be parsed at all, so the ids it holds are unknown.</param>
internal sealed record BoundFile(string Path, EquatableArray<BoundRecord> Records, EquatableArray<DiagnosticInfo> Diagnostics, bool IsUnreadable);
