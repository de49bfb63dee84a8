using System.Collections.Immutable;

namespace RelationsData.ColdStart.Loading;

/// <summary>
/// Every table of the dataset, as a loader returns it. It is also the shape of a YAML file (each holds some of the
/// tables) and of the JSON document, so the loaders read straight into the library's record types.
/// </summary>
public sealed class Tables
{
    public ImmutableArray<Source> Sources { get; init; } = [];

    public ImmutableArray<Actor> Actors { get; init; } = [];

    public ImmutableArray<Treaty> Treaties { get; init; } = [];

    public ImmutableArray<Membership> Memberships { get; init; } = [];

    public ImmutableArray<Event> Events { get; init; } = [];

    public ImmutableArray<Era> Eras { get; init; } = [];

    public ImmutableArray<Corridor> Corridors { get; init; } = [];

    public ImmutableArray<Scenario> Scenarios { get; init; } = [];

    public ImmutableArray<Statistic> Statistics { get; init; } = [];

    /// <summary>Gets how many records the tables hold in all, which every loader must agree on.</summary>
    public int RecordCount =>
        Sources.Length + Actors.Length + Treaties.Length + Memberships.Length + Events.Length + Eras.Length + Corridors.Length + Scenarios.Length + Statistics.Length;

    /// <summary>
    /// Gets every record of the generated tables, each table built on this first use. The spreads enumerate each
    /// table's <c>All</c>, so every record exists afterwards whatever the type of <c>All</c>, as after a run-time load.
    /// </summary>
    public static Tables Generated() => new()
    {
        Sources = [.. RelationsData.Sources.All],
        Actors = [.. RelationsData.Actors.All],
        Treaties = [.. RelationsData.Treaties.All],
        Memberships = [.. RelationsData.Memberships.All],
        Events = [.. RelationsData.Events.All],
        Eras = [.. RelationsData.Eras.All],
        Corridors = [.. RelationsData.Corridors.All],
        Scenarios = [.. RelationsData.Scenarios.All],
        Statistics = [.. RelationsData.Statistics.All],
    };
}
