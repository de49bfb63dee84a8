namespace RelationsData;

/// <summary>What kind of document a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>An analytical report by a research centre or NGO.</summary>
    Report = 0,

    /// <summary>The transcript of a video or broadcast.</summary>
    VideoTranscript = 1,

    /// <summary>An encyclopaedia, handbook or other reference work.</summary>
    ReferenceWork = 2,

    /// <summary>A news report.</summary>
    NewsArticle = 3,

    /// <summary>A treaty text, official statement or government publication.</summary>
    OfficialDocument = 4,

    /// <summary>A research dataset.</summary>
    Dataset = 5,
}
