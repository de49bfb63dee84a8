using System;
using NodaTime;

namespace RelationsData.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1997", 1997, null, null, DatePrecision.Year, false)]
    [InlineData("2024-04", 2024, 4, null, DatePrecision.Month, false)]
    [InlineData("2020-11-09", 2020, 11, 9, DatePrecision.Day, false)]
    [InlineData("1999~", 1999, null, null, DatePrecision.Year, true)]
    [InlineData("2024-02-29~", 2024, 2, 29, DatePrecision.Day, true)]
    public void Parse_reads_each_precision_and_round_trips(string text, int year, int? month, int? day, DatePrecision precision, bool approximate)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("97")]
    [InlineData("1997-2")]
    [InlineData("1997-00")]
    [InlineData("1997-13")]
    [InlineData("2023-02-29")]
    [InlineData("1997-04-31")]
    [InlineData("0000")]
    [InlineData("1997-07-03T00:00")]
    [InlineData("")]
    public void Parse_rejects_malformed_or_impossible_dates(string text)
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void A_partial_date_covers_every_day_it_could_mean()
    {
        Assert.Equal(new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1997, 12, 31)), new PartialDate(1997).ToDateInterval());
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), new PartialDate(2024, 2).ToDateInterval());
        Assert.Equal(new DateInterval(new LocalDate(2023, 2, 1), new LocalDate(2023, 2, 28)), new PartialDate(2023, 2).ToDateInterval());
        Assert.Equal(new DateInterval(new LocalDate(2020, 11, 9), new LocalDate(2020, 11, 9)), new PartialDate(2020, 11, 9).ToDateInterval());
    }

    [Fact]
    public void Ordering_is_by_first_day_then_coarser_precision_then_exactness()
    {
        var ordered = new[]
        {
            new PartialDate(1996, 12, 31),
            new PartialDate(1997),
            new PartialDate(1997).AsApproximate(),
            new PartialDate(1997, 1),
            new PartialDate(1997, 1, 1),
            new PartialDate(1997, 1, 2),
            new PartialDate(1997, 2),
        };
        var shuffled = new[] { ordered[4], ordered[6], ordered[1], ordered[0], ordered[5], ordered[3], ordered[2] };
        Array.Sort(shuffled);
        Assert.Equal(ordered, shuffled);
        Assert.True(new PartialDate(1997) < new PartialDate(1997, 1));
    }

    [Fact]
    public void Equality_includes_precision_and_the_approximate_flag()
    {
        Assert.Equal(new PartialDate(1997), PartialDate.Parse("1997"));
        Assert.NotEqual(new PartialDate(1997), new PartialDate(1997, 1));
        Assert.NotEqual(new PartialDate(1997), new PartialDate(1997).AsApproximate());
        Assert.Equal(new PartialDate(1997).GetHashCode(), PartialDate.Parse("1997").GetHashCode());
    }

    [Fact]
    public void Constructors_reject_days_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0));
        Assert.Equal(29, new PartialDate(2024, 2, 29).Day);
    }

    [Fact]
    public void Conversions_from_NodaTime_keep_their_precision()
    {
        Assert.Equal(new PartialDate(2020, 11, 9), PartialDate.FromLocalDate(new LocalDate(2020, 11, 9)));
        Assert.Equal(new PartialDate(2024, 4), PartialDate.FromYearMonth(new YearMonth(2024, 4)));
    }
}
