namespace RelationsData;

/// <summary>How much of a <see cref="PartialDate"/> the sources support.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known, as in "1997".</summary>
    Year = 0,

    /// <summary>The year and month are known, as in "2024-04".</summary>
    Month = 1,

    /// <summary>The exact day is known, as in "2020-11-09".</summary>
    Day = 2,
}
