using System;
using NodaTime;

namespace RelationsData.Tests;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("2020-11-09")]
    [InlineData("1993/2003")]
    [InlineData("1991/..")]
    [InlineData("2020-09-27/2020-11-10")]
    [InlineData("2024-04~/2024-06")]
    public void Parse_round_trips(string text) => Assert.Equal(text, DateRange.Parse(text).ToString());

    [Fact]
    public void A_single_date_is_a_range_whose_ends_are_equal()
    {
        var range = DateRange.Parse("2020-11-09");
        Assert.True(range.IsSingleDate);
        Assert.False(range.IsOpenEnded);
        Assert.Equal(DateRange.Single(new PartialDate(2020, 11, 9)), range);
    }

    [Fact]
    public void Open_ended_ranges_have_no_last_day_and_contain_every_later_day()
    {
        var range = DateRange.Parse("2011/..");
        Assert.True(range.IsOpenEnded);
        Assert.Null(range.End);
        Assert.Null(range.LastDay);
        Assert.True(range.Contains(new LocalDate(9999, 12, 31)));
        Assert.False(range.Contains(new LocalDate(2010, 12, 31)));
    }

    [Fact]
    public void Ranges_cover_from_the_first_day_of_their_start_to_the_last_day_of_their_end()
    {
        var range = DateRange.Parse("1993/2003");
        Assert.Equal(new LocalDate(1993, 1, 1), range.FirstDay);
        Assert.Equal(new LocalDate(2003, 12, 31), range.LastDay);
        Assert.True(range.Contains(new LocalDate(1993, 1, 1)));
        Assert.True(range.Contains(new LocalDate(2003, 12, 31)));
        Assert.False(range.Contains(new LocalDate(2004, 1, 1)));
    }

    [Fact]
    public void Overlap_and_containment_differ_at_the_edges()
    {
        var year1997 = DateRange.Parse("1997");
        var june1997 = new YearMonth(1997, 6).ToDateInterval();
        Assert.True(year1997.Overlaps(june1997));
        Assert.False(year1997.IsWithin(june1997));
        Assert.True(DateRange.Parse("1997-06-30").IsWithin(june1997));
        Assert.True(DateRange.Parse("1997-05/1997-06").Overlaps(june1997));
        Assert.False(DateRange.Parse("1997-07").Overlaps(june1997));
        Assert.False(DateRange.Parse("1997/..").IsWithin(new DateInterval(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31))));
    }

    [Theory]
    [InlineData("2020-11/2020-10")]
    [InlineData("2021/2020")]
    [InlineData("2020/")]
    [InlineData("2020/...")]
    public void Parse_rejects_ends_before_starts_and_malformed_ends(string text) =>
        Assert.Throws<FormatException>(() => DateRange.Parse(text));

    [Fact]
    public void An_end_inside_the_start_is_allowed()
    {
        // "2020/2020-03" ends on 2020-03-31, after the first day 2020 can mean.
        var range = DateRange.Parse("2020/2020-03");
        Assert.Equal(new LocalDate(2020, 3, 31), range.LastDay);
        Assert.Throws<ArgumentException>(() => new DateRange(new PartialDate(2020, 3), new PartialDate(2020, 2)));
    }
}
