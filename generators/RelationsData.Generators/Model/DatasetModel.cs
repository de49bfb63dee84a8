using System.Linq;

namespace RelationsData.Generators.Model;

/// <summary>
/// One record ready to emit: its member name, typed values, XML doc text (plain; the emitter escapes it) and, in a table
/// that stores them, its fact columns.
/// </summary>
internal sealed record OutputRecord(string MemberName, string Id, EquatableArray<DataToken> Data, string Summary, EquatableArray<string> Remarks, FactRow? Fact);

/// <summary>One table ready to emit, with the shapes of its record types and its records in chronological order.</summary>
internal sealed record TableOutput(string Key, string Namespace, string ClassName, string RecordTypeName, EquatableArray<RecordShape> Shapes, EquatableArray<OutputRecord> Records)
{
    /// <summary>
    /// The most records a table gets a member each for. The runtime loads at most 65,535 methods per type; the rest
    /// leaves room for the table's own members and any the user adds to the partial class.
    /// </summary>
    public const int MaxRecordMembers = 60000;

    public RecordShape RecordShape => Shapes.First(s => s.TypeName == RecordTypeName);
}

/// <summary>The linked dataset: every table ready to emit, and the problems found across files.</summary>
internal sealed record DatasetModel(EquatableArray<TableOutput> Tables, EquatableArray<DiagnosticInfo> Diagnostics);
