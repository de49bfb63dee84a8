using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsData.ColdStart;

namespace RelationsData.FirstUse;

/// <summary>
/// The first answer from the synthetic events (<see cref="Synthetic.Events"/>, not the shipped table) in a fresh
/// process, through the table's queries, <c>Count</c> and <c>TryGet</c>: each builds only the records it returns.
/// </summary>
internal static class FirstUses
{
    /// <summary>Gets every method by name, in the order the script runs them.</summary>
    public static IReadOnlyList<(string Name, Func<int> Run)> All { get; } =
    [
        (nameof(FirstCountActiveOn), FirstCountActiveOn),
        (nameof(FirstActiveOn), FirstActiveOn),
        (nameof(FirstTryGet), FirstTryGet),
    ];

    /// <summary>Counts the events active on the day, the cheapest query.</summary>
    public static int FirstCountActiveOn() => Synthetic.Events.All.CountActiveOn(Query.Day);

    /// <summary>Enumerates the events active on the day, building each one it returns.</summary>
    public static int FirstActiveOn() => Synthetic.Events.All.ActiveOn(Query.Day).Count();

    /// <summary>Looks up the middle event by id (generate.py numbers them from event-000000); 1 when found.</summary>
    public static int FirstTryGet() => Synthetic.Events.TryGet(string.Create(CultureInfo.InvariantCulture, $"event-{Synthetic.Events.Count / 2:D6}"), out _) ? 1 : 0;
}
