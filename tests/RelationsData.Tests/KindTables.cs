using System.Collections.Generic;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>Every generated table by its kind's name, in the export's order, for tests that go over all kinds.</summary>
internal static class KindTables
{
    public static IReadOnlyList<(string Kind, IReadOnlyList<IRecord> Records)> All { get; } =
    [
        ("sources", [.. Sources.All]),
        ("actors", [.. Actors.All]),
        ("treaties", [.. Treaties.All]),
        ("memberships", [.. Memberships.All]),
        ("events", [.. Events.All]),
        ("eras", [.. Eras.All]),
        ("corridors", [.. Corridors.All]),
        ("scenarios", [.. Scenarios.All]),
        ("statistics", [.. Statistics.All]),
    ];

    /// <summary>Gets the tables of facts: every kind but sources and actors.</summary>
    public static IReadOnlyList<(string Kind, IReadOnlyList<Fact> Facts)> Facts { get; } =
        All.Where(t => t.Records.All(r => r is Fact)).Select(t => (t.Kind, (IReadOnlyList<Fact>)[.. t.Records.Cast<Fact>()])).ToList();

    public static IReadOnlyList<IRecord> Get(string kind) => All.Single(t => t.Kind == kind).Records;
}
