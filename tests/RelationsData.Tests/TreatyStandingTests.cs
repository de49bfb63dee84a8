using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary><see cref="Treaty.StandingOn"/>: in force, not in force, or unknown, and how that agrees with the date queries.</summary>
public sealed class TreatyStandingTests
{
    private static readonly Treaty TransitAgreement = Treaties.Get("novorossiysk-transit-contract-1996");
    private static readonly Treaty FriendshipTreaty = Treaties.Get("friendship-treaty-1997");

    [Theory]
    [InlineData(1996, 1, 17, TreatyStanding.NotInForce)]
    [InlineData(1996, 1, 18, TreatyStanding.InForce)]
    [InlineData(2014, 2, 14, TreatyStanding.InForce)]
    [InlineData(2014, 2, 15, TreatyStanding.NotInForce)]
    public void A_recorded_time_in_force_decides_both_ways(int year, int month, int day, TreatyStanding expected)
    {
        Assert.Equal(expected, TransitAgreement.StandingOn(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(1997, 7, 2, TreatyStanding.NotInForce)]
    [InlineData(1997, 7, 3, TreatyStanding.Unknown)]
    [InlineData(2025, 1, 1, TreatyStanding.Unknown)]
    public void Without_an_entry_into_force_it_is_not_in_force_before_signing_and_unknown_after(int year, int month, int day, TreatyStanding expected)
    {
        Assert.Null(FriendshipTreaty.InForce);
        Assert.Equal(expected, FriendshipTreaty.StandingOn(new LocalDate(year, month, day)));
    }

    [Fact]
    public void A_signing_year_counts_from_its_first_day()
    {
        var signedSometimeIn2002 = FriendshipTreaty with { Signed = PartialDate.Parse("2002") };

        Assert.Equal(TreatyStanding.NotInForce, signedSometimeIn2002.StandingOn(new LocalDate(2001, 12, 31)));
        Assert.Equal(TreatyStanding.Unknown, signedSometimeIn2002.StandingOn(new LocalDate(2002, 1, 1)));
    }

    [Fact]
    public void A_day_outside_the_ISO_calendar_is_rejected()
    {
        var julian = new LocalDate(1998, 6, 1, CalendarSystem.Julian);

        var error = Assert.Throws<ArgumentException>(() => FriendshipTreaty.StandingOn(julian));
        Assert.Equal("day", error.ParamName);
    }

    [Fact]
    public void Date_queries_find_every_treaty_in_force_and_none_known_to_be_out_of_force()
    {
        // Every 1 January and 1 July from 1991 to 2026, and every signing day: ActiveOn is the recorded time in force, plus
        // the signing day of a treaty whose entry into force is not recorded, which StandingOn calls unknown.
        var days = Enumerable.Range(1991, 36).SelectMany(year => new[] { new LocalDate(year, 1, 1), new LocalDate(year, 7, 1) })
            .Concat(Treaties.All.Select(t => t.Signed.Start));
        foreach (var day in days)
        {
            var active = Treaties.All.ActiveOn(day).ToHashSet();
            foreach (var treaty in Treaties.All)
            {
                var standing = treaty.StandingOn(day);
                Assert.True(standing != TreatyStanding.InForce || active.Contains(treaty), $"{treaty.Id} in force on {day} but not active");
                Assert.True(!active.Contains(treaty) || standing != TreatyStanding.NotInForce, $"{treaty.Id} active on {day} but not in force");
            }
        }
    }
}
