using System.Collections.Immutable;

namespace RelationsData.Benchmarks.Loading;

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

    /// <summary>Gets the generated tables with every record built, as the run-time loaders build theirs.</summary>
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
