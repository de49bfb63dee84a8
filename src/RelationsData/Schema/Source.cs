namespace RelationsData;

/// <summary>A document that records cite: a report, a transcript or a reference work.</summary>
public sealed record Source : IRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the document's title.</summary>
    [Documented]
    public required string Title { get; init; }

    /// <summary>Gets the author, or null when only the publisher is known.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the publisher or channel, or null when unknown.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets what kind of document this is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>Gets when the document was published, at the precision known, or null when unknown.</summary>
    [Chronology]
    public PartialDate? Published { get; init; }

    /// <summary>Gets the document's web address, or null when it has none.</summary>
    public string? Url { get; init; }

    /// <summary>Gets notes on the document, such as what parts of it were available to the curators.</summary>
    [Documented]
    public string? Notes { get; init; }
}
