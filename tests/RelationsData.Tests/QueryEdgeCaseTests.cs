using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>Edges of the query definitions: interval ends, precision, open ends, leap days, empty input, bad ranges.</summary>
public sealed class QueryEdgeCaseTests
{
    private static readonly ImmutableArray<Event> Sample =
    [
        Make("year", "1997"),
        Make("june", "1997-06"),
        Make("mid-june", "1997-06-15"),
        Make("july", "1997-07"),
        Make("ongoing", "2011/.."),
        Make("leap-month", "2024-02"),
        Make("leap-day", "2024-02-29"),
    ];

    [Theory]
    [InlineData(1996, 12, 31, "")]
    [InlineData(1997, 1, 1, "year")]
    [InlineData(1997, 6, 1, "year,june")]
    [InlineData(1997, 6, 15, "year,june,mid-june")]
    [InlineData(1997, 6, 30, "year,june")]
    [InlineData(1997, 12, 31, "year")]
    [InlineData(1998, 1, 1, "")]
    [InlineData(2024, 2, 29, "ongoing,leap-month,leap-day")]
    [InlineData(2100, 1, 1, "ongoing")]
    public void ActiveOn_uses_every_day_a_partial_date_could_mean(int year, int month, int day, string expected)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(Ids(expected), Sample.ActiveOn(date).Select(e => e.Id));
        Assert.Equal(Ids(expected).Length, Sample.CountActiveOn(date));
    }

    [Fact]
    public void A_year_overlaps_its_months_but_is_not_within_them()
    {
        var june = new YearMonth(1997, 6);
        Assert.Equal(["year", "june", "mid-june"], Sample.Overlapping(june).Select(e => e.Id));
        Assert.Equal(["june", "mid-june"], Sample.Within(june).Select(e => e.Id));
        Assert.Equal(["year", "june", "mid-june", "july"], Sample.Within(1997).Select(e => e.Id));
    }

    [Fact]
    public void Interval_ends_are_inclusive()
    {
        Assert.Equal(["june", "mid-june"], Sample.Within(new LocalDate(1997, 6, 1), new LocalDate(1997, 6, 30)).Select(e => e.Id));
        Assert.Equal(["year", "july"], Sample.Overlapping(new LocalDate(1997, 7, 31), new LocalDate(1997, 12, 31)).Select(e => e.Id));
        Assert.DoesNotContain(Sample.Within(new LocalDate(1997, 6, 2), new LocalDate(1997, 6, 30)), e => e.Id == "june");
    }

    [Fact]
    public void Open_ended_facts_overlap_every_later_range_and_are_never_within_one()
    {
        Assert.Contains(Sample.Overlapping(9999), e => e.Id == "ongoing");
        Assert.DoesNotContain(Sample.Within(new LocalDate(2011, 1, 1), new LocalDate(9999, 12, 31)), e => e.Id == "ongoing");
    }

    [Fact]
    public void Leap_days_are_part_of_their_month()
    {
        var leapDay = new LocalDate(2024, 2, 29);
        Assert.Equal(["leap-month", "leap-day"], Sample.Within(leapDay.With(DateAdjusters.StartOfMonth), leapDay).Select(e => e.Id));
        Assert.Equal(["leap-day"], Sample.Within(leapDay, leapDay).Select(e => e.Id));
    }

    [Fact]
    public void Empty_inputs_and_quiet_periods_give_empty_results()
    {
        Assert.Empty(ImmutableArray<Event>.Empty.ActiveOn(new LocalDate(2000, 1, 1)));
        Assert.Equal(0, ImmutableArray<Event>.Empty.CountActiveOn(new LocalDate(2000, 1, 1)));
        Assert.Empty(default(ImmutableArray<Event>).Overlapping(2000));
        Assert.Empty(Sample.Overlapping(2005));
        Assert.Empty(Sample.Involving("nobody"));
        Assert.Empty(Sample.InDimensions(Dimensions.None));
    }

    [Fact]
    public void A_range_that_starts_after_it_ends_is_an_argument_error_at_the_call()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample.Overlapping(new LocalDate(2025, 1, 1), new LocalDate(2023, 1, 1)));
        Assert.Contains("starts on 2025-01-01, after its end 2023-01-01", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Sample.Within(new LocalDate(2025, 1, 1), new LocalDate(2023, 1, 1)));
        Assert.Throws<ArgumentException>(() => RelationsTrajectory.ByYear(Sample, 2025, 2020));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Overlapping(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.InDimensions(Dimensions.Security, (DimensionMatch)7));
    }

    [Fact]
    public void Queries_are_deferred_until_enumerated()
    {
        var source = Sample.ToList();
        var query = source.ActiveOn(new LocalDate(1997, 6, 15));
        source.Clear();
        Assert.Empty(query);
    }

    [Fact]
    public void Tone_trajectory_counts_each_event_in_the_year_it_starts()
    {
        ImmutableArray<Event> events = [Make("a", "2023-09-19/2023-09-20", -3, Dimensions.Security), Make("b", "2023-12", 2, Dimensions.Economic), Make("c", "2024-12-25", -8, Dimensions.Security)];
        var years = RelationsTrajectory.ByYear(events, 2023, 2024);
        Assert.Equal(8, years.Length);
        var all2023 = years.Single(p => p.Label == "2023" && p.Dimension is null);
        Assert.Equal((2, 1, 1, -1, -0.5), (all2023.Events, all2023.Cooperative, all2023.Conflictual, all2023.NetTone, all2023.MeanTone));
        var security2024 = years.Single(p => p.Label == "2024" && p.Dimension == Dimensions.Security);
        Assert.Equal((1, -8), (security2024.Events, security2024.NetTone));
        Assert.Null(years.Single(p => p.Label == "2024" && p.Dimension == Dimensions.Political).MeanTone);
    }

    private static string[] Ids(string csv) => csv.Length == 0 ? [] : csv.Split(',');

    private static Event Make(string id, string when, int tone = 0, Dimensions dimensions = Dimensions.Political) => new()
    {
        Id = id,
        Title = id,
        Summary = id,
        Dimensions = dimensions,
        Citations = [new Citation { Source = "s" }],
        When = DateRange.Parse(when),
        Kind = EventKind.Consult,
        Tone = tone,
        Initiators = ["x"],
    };
}
