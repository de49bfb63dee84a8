using NodaTime;

namespace RelationsData;

/// <summary>How cooperative or conflictual the events of one period were, in one dimension or in all.</summary>
/// <param name="Label">The period's label, such as "2023" or an era's title.</param>
/// <param name="Interval">The period's days.</param>
/// <param name="Dimension">The dimension summarised, or null for every event of the period.</param>
/// <param name="Events">How many events count in the period (those that start in it and bear on the dimension).</param>
/// <param name="Cooperative">How many of them have a positive tone.</param>
/// <param name="Conflictual">How many have a negative tone.</param>
/// <param name="NetTone">The sum of their tones: above zero, cooperation outweighed conflict.</param>
/// <param name="MeanTone">The mean tone, from -10 to +10, or null when no events count.</param>
public sealed record ToneSummary(
    string Label,
    DateInterval Interval,
    Dimensions? Dimension,
    int Events,
    int Cooperative,
    int Conflictual,
    int NetTone,
    double? MeanTone);
