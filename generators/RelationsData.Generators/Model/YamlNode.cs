namespace RelationsData.Generators.Model;

/// <summary>The kind of a <see cref="YamlNode"/>.</summary>
internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,

    /// <summary>A value the parser has already reported (an alias, a tag, a forbidden character): binding skips it without a second error.</summary>
    Invalid,
}

/// <summary>
/// A YAML node with its position: the parser's output, independent of any schema so that a file's parse stays cached
/// while the record types change.
/// </summary>
/// <param name="Kind">Scalar, sequence or mapping.</param>
/// <param name="Value">A scalar's text; null for collections and for YAML null (<c>~</c>, <c>null</c> or nothing).</param>
/// <param name="IsQuoted">Whether a scalar was quoted or a block scalar, which makes it always a string.</param>
/// <param name="Location">Where the node starts and ends in its file.</param>
/// <param name="Items">A sequence's items.</param>
/// <param name="Entries">A mapping's entries, in file order.</param>
/// <param name="HasReportedKeys">
/// Whether a mapping had keys the parser reported and left out (a merge key, a key that is not a plain name), so that
/// fields missing from <paramref name="Entries"/> may be there after all and are not reported again.
/// </param>
internal sealed record YamlNode(
    YamlNodeKind Kind,
    string? Value,
    bool IsQuoted,
    LocationInfo Location,
    EquatableArray<YamlNode> Items,
    EquatableArray<YamlEntry> Entries,
    bool HasReportedKeys = false)
{
    public bool IsNull => Kind == YamlNodeKind.Scalar && Value is null;

    /// <summary>A node standing for a value already reported, at <paramref name="location"/>.</summary>
    public static YamlNode Invalid(LocationInfo location) =>
        new(YamlNodeKind.Invalid, null, false, location, EquatableArray<YamlNode>.Empty, EquatableArray<YamlEntry>.Empty);

    /// <summary>Describes the node for messages such as "found a list".</summary>
    public string Describe() => Kind switch
    {
        YamlNodeKind.Sequence => "a list",
        YamlNodeKind.Mapping => "a mapping",
        YamlNodeKind.Invalid => "a value reported above",
        _ when Value is null => "null",
        _ => "'" + Value + "'",
    };
}

/// <summary>A key and value of a YAML mapping; keys are always scalars.</summary>
internal sealed record YamlEntry(string Key, LocationInfo KeyLocation, YamlNode Value);

/// <summary>One parsed YAML file: its root node (null when empty or unreadable) and the problems found reading it.</summary>
internal sealed record YamlFile(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
