using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>The integer day numbers the indexes compare, computed without NodaTime's calendar, against NodaTime and the BCL.</summary>
public sealed class DayNumberTests
{
    private static readonly Gen<LocalDate> IsoDates =
        from year in Gen.Choose(-9998, 9999)
        from dayOfYear in Gen.Choose(0, 365)
        select new LocalDate(year, 1, 1).PlusDays(dayOfYear);

    [Fact]
    public void Consecutive_dates_have_consecutive_numbers_and_match_DateOnly_from_year_one() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Arb.From(IsoDates), date =>
            DayNumber.Of(date.PlusDays(1), nameof(date)) == DayNumber.Of(date, nameof(date)) + 1
            && (date.Year < 1 || DayNumber.Of(date, nameof(date)) == date.ToDateOnly().DayNumber)));

    [Fact]
    public void Partial_dates_number_their_first_and_last_possible_days()
    {
        var february = new PartialDate(2024, 2);
        Assert.Equal(new DateOnly(2024, 2, 1).DayNumber, february.FirstDayNumber);
        Assert.Equal(new DateOnly(2024, 2, 29).DayNumber, february.LastDayNumber);
        Assert.Equal(new DateOnly(1900, 12, 31).DayNumber, new PartialDate(1900).LastDayNumber);
        Assert.Equal(DayNumber.OpenEnd, DateRange.From(february).LastDayNumber);
    }

    [Fact]
    public void A_date_in_another_calendar_is_an_argument_error_as_NodaTime_comparisons_are()
    {
        var julian = new LocalDate(1998, 6, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => DayNumber.Of(julian, nameof(julian)));
        Assert.Throws<ArgumentException>(() => julian < new LocalDate(1998, 6, 1));
        var hebrew = new LocalDate(5784, 13, 1, CalendarSystem.HebrewCivil);
        Assert.Throws<ArgumentException>(() => DayNumber.Of(hebrew, nameof(hebrew)));
    }
}
