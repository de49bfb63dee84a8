namespace RelationsData;

/// <summary>
/// The JSON Schema (draft 2020-12) of the shipped dataset's YAML, which the source generator writes from the record
/// types: editors use it to complete and check the files in <c>data/</c> and YAML of your own over the shipped tables.
/// </summary>
/// <remarks>
/// The text is a constant compiled into this assembly, so reading it needs neither reflection nor files.
/// A project whose own <see cref="DatasetTableAttribute"/> classes the generator compiles gets the schema of its tables in
/// the same way, as the internal constant <c>RelationsData.Generated.&lt;assembly name&gt;.DatasetJsonSchema.Text</c>;
/// the <c>relations schema --assembly PATH</c> command writes it out from a built assembly.
/// </remarks>
public static class RelationsJsonSchema
{
    /// <summary>Gets the schema as indented JSON, the same text as <c>docs/relationsdata.schema.json</c> in the repository.</summary>
    public static string Text => Generated.RelationsData.DatasetJsonSchema.Text;
}
