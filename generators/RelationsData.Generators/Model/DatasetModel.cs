namespace RelationsData.Generators.Model;

/// <summary>One record ready to emit: its member name, encoded values and XML doc text (plain; the emitter escapes it).</summary>
internal sealed record OutputRecord(string MemberName, string Id, EquatableArray<DataToken> Data, string Summary, EquatableArray<string> Remarks);

/// <summary>One table ready to emit, with the shapes of its record types and its records in chronological order.</summary>
internal sealed record TableOutput(string Key, string Namespace, string ClassName, string RecordTypeName, EquatableArray<RecordShape> Shapes, EquatableArray<OutputRecord> Records);

/// <summary>The linked dataset: every table ready to emit, and the problems found across files.</summary>
internal sealed record DatasetModel(EquatableArray<TableOutput> Tables, EquatableArray<DiagnosticInfo> Diagnostics);
