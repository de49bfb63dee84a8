using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace RelationsData;

/// <summary>
/// The data behind a "how did relations evolve" chart: event tone per period, cooperation against conflict, by dimension.
/// An event counts in the period that contains the first day of its <see cref="Event.When"/>, and in each dimension it bears on.
/// </summary>
/// <example>
/// <code>
/// foreach (var point in RelationsTrajectory.ByYear(Events.All, 2020, 2025).Where(p => p.Dimension == Dimensions.Security))
///     Console.WriteLine($"{point.Label}: {point.Cooperative} cooperative, {point.Conflictual} conflictual, net {point.NetTone}");
/// </code>
/// </example>
public static class RelationsTrajectory
{
    private static readonly Dimensions?[] Breakdown = [null, Dimensions.Political, Dimensions.Economic, Dimensions.Security];

    /// <summary>Summarises each calendar year from <paramref name="firstYear"/> to <paramref name="lastYear"/>: for each year, one summary of every event, then one per dimension.</summary>
    /// <param name="events">The events, such as <c>Events.All</c>.</param>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <returns>Four summaries per year (all, political, economic, security), years in order; years without events have zero counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public static ImmutableArray<ToneSummary> ByYear(IEnumerable<Event> events, int firstYear, int lastYear)
    {
        var range = QueryRange.Between(QueryRange.Year(firstYear).Start, QueryRange.Year(lastYear).End);
        var periods = Enumerable.Range(range.Start.Year, range.End.Year - range.Start.Year + 1)
            .Select(year => (Label: year.ToString(System.Globalization.CultureInfo.InvariantCulture), Interval: QueryRange.Year(year)));
        return Summarise(events, periods);
    }

    /// <summary>Summarises each era: for each era, one summary of every event that starts in it, then one per dimension. Open-ended eras run to the last event.</summary>
    /// <param name="events">The events, such as <c>Events.All</c>.</param>
    /// <param name="eras">The eras, such as <c>Eras.All</c>.</param>
    /// <returns>Four summaries per era, eras in the order given.</returns>
    public static ImmutableArray<ToneSummary> ByEra(IEnumerable<Event> events, IEnumerable<Era> eras)
    {
        var eventList = events.ToList();
        var lastDay = eventList.Select(e => e.When.LastDay ?? e.When.FirstDay).DefaultIfEmpty(LocalDate.MinIsoValue).Max();
        var periods = eras.Select(era => (Label: era.Title, Interval: new DateInterval(era.Span.FirstDay, era.Span.LastDay ?? LocalDate.Max(lastDay, era.Span.FirstDay))));
        return Summarise(eventList, periods);
    }

    private static ImmutableArray<ToneSummary> Summarise(IEnumerable<Event> events, IEnumerable<(string Label, DateInterval Interval)> periods)
    {
        var eventList = events as IReadOnlyCollection<Event> ?? events.ToList();
        var summaries = ImmutableArray.CreateBuilder<ToneSummary>();
        foreach (var (label, interval) in periods)
        {
            var starting = eventList.Where(e => interval.Contains(e.When.FirstDay)).ToList();
            foreach (var dimension in Breakdown)
            {
                var counted = starting.Where(e => dimension is null || e.Dimensions.HasFlag(dimension.Value)).Select(e => e.Tone).ToList();
                summaries.Add(new ToneSummary(
                    label,
                    interval,
                    dimension,
                    counted.Count,
                    counted.Count(tone => tone > 0),
                    counted.Count(tone => tone < 0),
                    counted.Sum(),
                    counted.Count == 0 ? null : counted.Average()));
            }
        }

        return summaries.ToImmutable();
    }
}
