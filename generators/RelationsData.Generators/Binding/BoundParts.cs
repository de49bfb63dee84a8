using System.Collections.Generic;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>A value read from YAML: its encoded data and how the docs show it.</summary>
internal sealed record BoundValue(List<DataToken> Data, string DocText)
{
    public static BoundValue Of(DataToken token, string docText) => new(new List<DataToken> { token }, docText);
}

/// <summary>A line of a record's docs while binding; <see cref="IsText"/> marks plain text fields, the first of which is the title.</summary>
internal sealed record BoundDoc(string Label, string Text, bool IsText);

/// <summary>A record or nested record read from YAML: its fields' data in order, a summary of its values and its doc lines.</summary>
internal sealed record BoundObject(List<DataToken> Data, string DocText, List<BoundDoc> Docs);
