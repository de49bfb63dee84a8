using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// On random datasets (random partial dates and precisions, open ends, undated facts, dimension sets and actors), every
/// indexed query equals an oracle written here from the definitions, without the library's date methods.
/// </summary>
public sealed class QueryPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly string[] ActorPool = ["a", "b", "c", "d"];

    private static readonly Gen<PartialDate> PartialDates =
        from year in Gen.Choose(1994, 2000)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        from precision in Gen.Choose(0, 2)
        from approximate in Gen.Elements(false, false, true)
        let date = precision switch
        {
            0 => new PartialDate(year),
            1 => new PartialDate(year, month),
            _ => new PartialDate(year, month, System.Math.Min(day, System.DateTime.DaysInMonth(year, month))),
        }
        select approximate ? date.AsApproximate() : date;

    private static readonly Gen<DateRange?> Extents =
        from start in PartialDates
        from other in PartialDates
        from shape in Gen.Choose(0, 9)
        select shape switch
        {
            0 => (DateRange?)null,
            1 or 2 => DateRange.From(start),
            3 or 4 => DateRange.Single(start),
            _ => other.End < start.Start ? new DateRange(other, start) : new DateRange(start, other),
        };

    private static readonly Gen<Fact> Facts =
        from extent in Extents
        from dimensions in Gen.Choose(0, 7)
        from initiators in Gen.NonEmptyListOf(Gen.Elements(ActorPool))
        from targets in Gen.ListOf(Gen.Elements(ActorPool))
        from isEvent in Gen.Elements(true, true, false)
        select isEvent && extent is { } when
            ? (Fact)new Event
            {
                Id = "e", Title = "E", Summary = "S", Dimensions = (Dimensions)dimensions, Citations = [new Citation { Source = "s" }],
                When = when, Kind = EventKind.Consult, Tone = 0, Initiators = [.. initiators], Targets = [.. targets],
            }
            : new Corridor
            {
                Id = "c", Title = "C", Summary = "S", Dimensions = (Dimensions)dimensions, Citations = [new Citation { Source = "s" }],
                Kind = CorridorKind.TransportRoute, Span = extent, Countries = [.. initiators], Operators = [.. targets],
            };

    // Half in chronological order, as generated tables are, which the index takes without sorting.
    private static readonly Gen<ImmutableArray<Fact>> Datasets =
        from list in Gen.ListOf(Facts)
        from chronological in Gen.Elements(false, true)
        select (chronological ? list.OrderBy(f => FirstLast(f).First ?? LocalDate.MaxIsoValue).AsEnumerable() : list).ToImmutableArray();

    private static readonly Gen<LocalDate> Days =
        from year in Gen.Choose(1993, 2001)
        from dayOfYear in Gen.Choose(1, 366)
        select new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);

    /// <summary>Days near the dataset's own boundaries half the time, where off-by-one errors live.</summary>
    private static Gen<LocalDate> DaysNear(ImmutableArray<Fact> facts)
    {
        var edges = facts
            .Select(FirstLast)
            .SelectMany(pair => new[] { pair.First, pair.Last })
            .OfType<LocalDate>()
            .SelectMany(day => new[] { day.PlusDays(-1), day, day.PlusDays(1) })
            .ToArray();
        return edges.Length == 0 ? Days : Gen.OneOf(Days, Gen.Elements(edges));
    }

    private static Gen<DateInterval> IntervalsNear(ImmutableArray<Fact> facts) =>
        from a in DaysNear(facts)
        from b in DaysNear(facts)
        select a <= b ? new DateInterval(a, b) : new DateInterval(b, a);

    [Fact]
    public void ActiveOn_equals_the_oracle() => Check(
        from facts in Datasets from day in DaysNear(facts) select (facts, day),
        t => t.facts.ActiveOn(t.day).SequenceEqual(t.facts.Where(f => Covers(f, t.day, t.day)))
            && Plain(t.facts).ActiveOn(t.day).SequenceEqual(t.facts.Where(f => Covers(f, t.day, t.day)))
            && t.facts.CountActiveOn(t.day) == t.facts.Count(f => Covers(f, t.day, t.day)));

    [Fact]
    public void Overlapping_equals_the_oracle() => Check(
        from facts in Datasets from interval in IntervalsNear(facts) select (facts, interval),
        t => t.facts.Overlapping(t.interval).SequenceEqual(t.facts.Where(f => Covers(f, t.interval.Start, t.interval.End)))
            && Plain(t.facts).Overlapping(t.interval).SequenceEqual(t.facts.Where(f => Covers(f, t.interval.Start, t.interval.End))));

    [Fact]
    public void Within_equals_the_oracle() => Check(
        from facts in Datasets from interval in IntervalsNear(facts) select (facts, interval),
        t => t.facts.Within(t.interval).SequenceEqual(t.facts.Where(f => Inside(f, t.interval)))
            && Plain(t.facts).Within(t.interval).SequenceEqual(t.facts.Where(f => Inside(f, t.interval))));

    [Fact]
    public void Every_date_form_on_every_kind_of_sequence_equals_the_oracle() => Check(
        from facts in Datasets from interval in IntervalsNear(facts) from year in Gen.Choose(1993, 2001) from month in Gen.Choose(1, 12)
        select (facts, interval, year, month: new YearMonth(year, month)),
        t =>
        {
            var (start, end) = (t.interval.Start, t.interval.End);
            var wholeYear = new DateInterval(new LocalDate(t.year, 1, 1), new LocalDate(t.year, 12, 31));
            var wholeMonth = new DateInterval(t.month.OnDayOfMonth(1), t.month.OnDayOfMonth(t.month.Calendar.GetDaysInMonth(t.year, t.month.Month)));
            Fact[] Overlapping(DateInterval days) => [.. t.facts.Where(f => Covers(f, days.Start, days.End))];
            Fact[] Inside(DateInterval days) => [.. t.facts.Where(f => QueryPropertyTests.Inside(f, days))];

            // The array's own overloads, the array seen as a sequence (which still uses its index), and a plain sequence.
            var onArray = t.facts.Overlapping(start, end).SequenceEqual(Overlapping(t.interval)) && t.facts.Within(start, end).SequenceEqual(Inside(t.interval))
                && t.facts.Overlapping(t.year).SequenceEqual(Overlapping(wholeYear)) && t.facts.Within(t.year).SequenceEqual(Inside(wholeYear))
                && t.facts.Overlapping(t.month).SequenceEqual(Overlapping(wholeMonth)) && t.facts.Within(t.month).SequenceEqual(Inside(wholeMonth));
            return onArray && new[] { t.facts.AsEnumerable(), Plain(t.facts) }.All(source =>
                source.Overlapping(start, end).SequenceEqual(Overlapping(t.interval)) && source.Within(start, end).SequenceEqual(Inside(t.interval))
                && source.Overlapping(t.year).SequenceEqual(Overlapping(wholeYear)) && source.Within(t.year).SequenceEqual(Inside(wholeYear))
                && source.Overlapping(t.month).SequenceEqual(Overlapping(wholeMonth)) && source.Within(t.month).SequenceEqual(Inside(wholeMonth))
                && source.ActiveOn(start).SequenceEqual(Overlapping(new DateInterval(start, start))));
        });

    [Fact]
    public void The_issue_s_queries_compile_on_the_shipped_data_and_agree_with_their_definitions()
    {
        var (from, to) = (new LocalDate(2020, 9, 1), new LocalDate(2020, 11, 30));
        Assert.Equal(
            Events.All.Where(e => e.Dimensions.HasFlag(Dimensions.Security) && e.Extent?.Overlaps(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))) == true),
            Events.All.InDimensions(Dimensions.Security).Overlapping(2020));
        Assert.Equal(
            RelationsDataset.Facts.OfType<Event>().Where(e => e.Extent?.Overlaps(new DateInterval(from, to)) == true),
            RelationsDataset.Facts.OfType<Event>().Overlapping(from, to));
        Assert.NotEmpty(RelationsDataset.Facts.OfType<Event>().Overlapping(from, to));
    }

    [Fact]
    public void InDimensions_equals_the_oracle() => Check(
        from facts in Datasets from asked in Gen.Choose(0, 7) from match in Gen.Elements(DimensionMatch.Any, DimensionMatch.All, DimensionMatch.Exactly) select (facts, asked: (Dimensions)asked, match),
        t => t.facts.InDimensions(t.asked, t.match).SequenceEqual(t.facts.Where(f => DimensionOracle((int)f.Dimensions, (int)t.asked, t.match)))
            && Plain(t.facts).InDimensions(t.asked, t.match).SequenceEqual(t.facts.Where(f => DimensionOracle((int)f.Dimensions, (int)t.asked, t.match))));

    [Fact]
    public void Involving_equals_the_oracle() => Check(
        from facts in Datasets from actor in Gen.Elements(ActorPool.Append("nobody").ToArray()) from role in Gen.Elements(ActorRole.Initiator, ActorRole.Target, ActorRole.Country, ActorRole.Operator, ActorRole.Party) select (facts, actor, role),
        t => t.facts.Involving(t.actor).SequenceEqual(t.facts.Where(f => Names(f).Any(n => n.Id == t.actor)))
            && t.facts.Involving(t.actor, t.role).SequenceEqual(t.facts.Where(f => Names(f).Contains((t.actor, t.role))))
            && Plain(t.facts).Involving(t.actor, t.role).SequenceEqual(t.facts.Where(f => Names(f).Contains((t.actor, t.role)))));

    [Fact]
    public void Nested_and_abandoned_enumerations_equal_the_oracle() => Check(
        from facts in Datasets from day in DaysNear(facts) from interval in IntervalsNear(facts) select (facts, day, interval),
        t =>
        {
            // An abandoned query must hand back clean marks, and a query inside another must not share them.
            _ = t.facts.Overlapping(t.interval).FirstOrDefault();
            var nested = t.facts.ActiveOn(t.day).SelectMany(outer => t.facts.Overlapping(t.interval).Select(inner => (outer, inner)));
            var expected = t.facts.Where(f => Covers(f, t.day, t.day))
                .SelectMany(outer => t.facts.Where(f => Covers(f, t.interval.Start, t.interval.End)).Select(inner => (outer, inner)));
            return nested.SequenceEqual(expected) && t.facts.Within(t.interval).SequenceEqual(t.facts.Where(f => Inside(f, t.interval)));
        });

    /// <summary>The facts as a sequence that is not an array, so the queries take their plain LINQ path.</summary>
    private static IEnumerable<Fact> Plain(ImmutableArray<Fact> facts) => facts.Select(f => f);

    private static void Check<T>(Gen<T> cases, System.Func<T, bool> property) =>
        FsCheck.Check.One(Runs, Prop.ForAll(Arb.From(cases), property));

    /// <summary>The fact's days meet [from, to]: its first possible day is not after <paramref name="to"/>, and its last possible day (none when open) is not before <paramref name="from"/>.</summary>
    private static bool Covers(Fact fact, LocalDate from, LocalDate to) => FirstLast(fact) is var (first, last) && first is not null
        && first.Value <= to && (last is null || last.Value >= from);

    private static bool Inside(Fact fact, DateInterval interval) => FirstLast(fact) is var (first, last) && first is not null && last is not null
        && first.Value >= interval.Start && last.Value <= interval.End;

    private static (LocalDate? First, LocalDate? Last) FirstLast(Fact fact)
    {
        var (start, end, open) = fact switch
        {
            Event e => (e.When.Start, e.When.End, e.When.IsOpenEnded),
            Corridor { Span: { } span } => (span.Start, span.End, span.IsOpenEnded),
            _ => ((PartialDate?)null, (PartialDate?)null, false),
        };
        if (start is not { } s)
        {
            return (null, null);
        }

        var firstDay = new LocalDate(s.Year, s.Month ?? 1, s.Day ?? 1);
        if (open)
        {
            return (firstDay, null);
        }

        var e2 = end!.Value;
        var lastMonth = e2.Month ?? 12;
        return (firstDay, new LocalDate(e2.Year, lastMonth, e2.Day ?? System.DateTime.DaysInMonth(e2.Year, lastMonth)));
    }

    private static bool DimensionOracle(int actual, int asked, DimensionMatch match) => match switch
    {
        DimensionMatch.Any => Enumerable.Range(0, 3).Any(bit => (actual & asked & (1 << bit)) != 0),
        DimensionMatch.All => Enumerable.Range(0, 3).All(bit => (asked & (1 << bit)) == 0 || (actual & (1 << bit)) != 0),
        _ => actual == asked,
    };

    private static (string Id, ActorRole Role)[] Names(Fact fact) => fact switch
    {
        Event e => e.Initiators.Select(id => (id, ActorRole.Initiator)).Concat(e.Targets.Select(id => (id, ActorRole.Target))).ToArray(),
        Corridor c => c.Countries.Select(id => (id, ActorRole.Country)).Concat(c.Operators.Select(id => (id, ActorRole.Operator))).ToArray(),
        _ => [],
    };
}
