namespace RelationsData;

/// <summary>How <see cref="DimensionQueries"/> compares a fact's dimensions with the ones asked for.</summary>
public enum DimensionMatch
{
    /// <summary>The fact bears on at least one of the dimensions asked for.</summary>
    Any = 0,

    /// <summary>The fact bears on every dimension asked for, and possibly others.</summary>
    All = 1,

    /// <summary>The fact bears on exactly the dimensions asked for, no more and no fewer.</summary>
    Exactly = 2,
}
