using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace RelationsData;

/// <summary>Queries by what a fact is: an event's kind, a treaty's obligations, when a treaty was signed.</summary>
public static class KindQueries
{
    /// <summary>Returns the events of one kind: <c>events.Where(e => e.Kind == kind)</c>.</summary>
    /// <param name="events">The events, such as <c>Events.All</c>.</param>
    /// <param name="kind">The kind, such as <see cref="EventKind.Assault"/>.</param>
    /// <returns>The events of that kind, in the source's order.</returns>
    public static IEnumerable<Event> OfKind(this IEnumerable<Event> events, EventKind kind) => events.Where(e => e.Kind == kind);

    /// <summary>Returns the treaties that carry every obligation given: <c>treaties.Where(t => (t.Obligations &amp; obligations) == obligations)</c>.</summary>
    /// <param name="treaties">The treaties, such as <c>Treaties.All</c>.</param>
    /// <param name="obligations">One or more obligations, such as <see cref="Obligations.MutualDefence"/>.</param>
    /// <returns>The treaties that carry all of them, in the source's order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obligations"/> is <see cref="Obligations.None"/>, which every treaty would match.</exception>
    public static IEnumerable<Treaty> WithObligations(this IEnumerable<Treaty> treaties, Obligations obligations) => obligations == Obligations.None
        ? throw new ArgumentException("Ask for at least one obligation.", nameof(obligations))
        : treaties.Where(t => (t.Obligations & obligations) == obligations);

    /// <summary>
    /// Returns the treaties whose signing date lies within an interval: every day the (partial) signing date could
    /// mean must be inside, so a treaty signed "1997" is within 1997 but not within June 1997.
    /// </summary>
    /// <param name="treaties">The treaties, such as <c>Treaties.All</c>.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns>The treaties, in the source's order.</returns>
    public static IEnumerable<Treaty> SignedWithin(this IEnumerable<Treaty> treaties, DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return treaties.Where(t => interval.Contains(t.Signed.Start) && interval.Contains(t.Signed.End));
    }
}
