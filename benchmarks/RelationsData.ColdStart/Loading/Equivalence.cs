using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RelationsData.ColdStart.Loading;

/// <summary>Checks that a loader reads the same records as the generated tables, so the benchmarks compare equal work.</summary>
public static class Equivalence
{
    /// <summary>Throws unless both hold the same records, compared as JSON table by table in id order.</summary>
    public static void Check(Tables expected, Tables actual, string loader)
    {
        if (Canonical(expected) != Canonical(actual))
        {
            throw new InvalidDataException(loader + " does not read the same records as the generated tables.");
        }
    }

    private static string Canonical(Tables tables) => JsonSerializer.Serialize(
        new Tables
        {
            Sources = [.. tables.Sources.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Actors = [.. tables.Actors.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Treaties = [.. tables.Treaties.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Memberships = [.. tables.Memberships.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Events = [.. tables.Events.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Eras = [.. tables.Eras.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Corridors = [.. tables.Corridors.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Scenarios = [.. tables.Scenarios.OrderBy(r => r.Id, StringComparer.Ordinal)],
            Statistics = [.. tables.Statistics.OrderBy(r => r.Id, StringComparer.Ordinal)],
        },
        DatasetJsonContext.Default.Tables);
}
