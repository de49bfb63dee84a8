using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Reader questions about memberships, treaties in force and the trade series. Each expected answer was worked out by hand
/// from the reference pages the records cite (listed in data/sources-memberships.yaml), not by running the query.
/// </summary>
public sealed class MembershipTreatyTradeQuestionTests
{
    private const string TradeTurnover = "trade turnover with Russia";

    [Fact]
    public void Which_treaties_were_in_force_on_1_June_1998()
    {
        // In force by recorded dates: the 1992 diplomatic protocol (in force from signature) and the 1996 transit agreement
        // (to February 2014). Signed but with no recorded entry into force: the AIOC-SOCAR-Transneft contract (February 1996)
        // and the friendship treaty (July 1997). Everything else was signed in 2002 or later.
        var day = new LocalDate(1998, 6, 1);

        var inForce = Treaties.All.Where(t => t.StandingOn(day) == TreatyStanding.InForce).Select(t => t.Id);
        var unknown = Treaties.All.Where(t => t.StandingOn(day) == TreatyStanding.Unknown).Select(t => t.Id);

        Assert.Equal(["diplomatic-relations-1992", "novorossiysk-transit-contract-1996"], inForce.Order(StringComparer.Ordinal));
        Assert.Equal(["aioc-socar-transneft-contract-1996", "friendship-treaty-1997"], unknown.Order(StringComparer.Ordinal));
        Assert.Equal(inForce.Order(StringComparer.Ordinal), Treaties.All.ActiveOn(day).Select(t => t.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Which_NATO_programmes_was_Azerbaijan_taking_part_in_during_2006()
    {
        // Partnership for Peace since May 1994 (a membership record) and the first IPAP, from 2005 until its March 2008
        // revision (a treaty record): both overlap 2006.
        var partnerships = Memberships.All.Overlapping(2006)
            .Where(m => m.Member == "azerbaijan" && m.Organisation == "nato").Select(m => m.Id);
        var plans = Treaties.All.Overlapping(2006)
            .Where(t => t.Parties.Contains("azerbaijan") && t.Parties.Contains("nato")).Select(t => t.Id);

        Assert.Equal(["nato-pfp-1994"], partnerships);
        Assert.Equal(["nato-ipap-2005"], plans);
    }

    [Fact]
    public void Which_bodies_did_Azerbaijan_join_in_1992()
    {
        // CSCE on 30 January (Azerbaijani foreign ministry), the UN on 2 March, Black Sea Economic Cooperation as a founder on
        // 25 June (Istanbul declaration) and the ECO on 28 November (Islamabad session).
        var joined = Memberships.All.Where(m => m.Member == "azerbaijan" && m.Span.FirstDay.Year == 1992).Select(m => m.Organisation);

        Assert.Equal(["bsec", "eco", "osce", "united-nations"], joined.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void In_which_bodies_was_Azerbaijan_a_partner_rather_than_a_member_at_the_start_of_2016()
    {
        // NATO's Partnership for Peace (1994) and the SCO, whose Ufa summit of 10 July 2015 made Azerbaijan a dialogue partner
        // (the memorandum putting it on paper followed in March 2016).
        var day = new LocalDate(2016, 1, 1);
        var partnerOf = Memberships.All.ActiveOn(day)
            .Where(m => m.Member == "azerbaijan" && m.Role == MembershipRole.Partner).Select(m => m.Organisation);

        Assert.Equal(["nato", "sco"], partnerOf.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Which_organisations_has_Russia_been_pushed_out_of_and_when()
    {
        // The Council of Europe ruled that Russia ceased to be a member on 16 March 2022; the G7 suspended their own part in
        // the G8 at The Hague on 24 March 2014. No other Russian membership has an end.
        var ended = Memberships.All.Where(m => m.Member == "russia" && m.Span.LastDay is not null)
            .OrderBy(m => m.Span.LastDay)
            .Select(m => (m.Organisation, m.Ended, m.Span.LastDay));

        Assert.Equal(
            [
                ("g8", (MembershipEnd?)MembershipEnd.Suspended, (LocalDate?)new LocalDate(2014, 3, 24)),
                ("council-of-europe", MembershipEnd.Expelled, new LocalDate(2022, 3, 16)),
            ],
            ended);
    }

    [Fact]
    public void Was_Russia_in_the_G8_in_2010_and_in_2015()
    {
        // Russia sat at the summits from Denver (1997) until the suspension of March 2014.
        var g8 = Memberships.All.Where(m => m.Member == "russia" && m.Organisation == "g8").ToList();

        Assert.Single(g8);
        Assert.True(g8[0].Span.Contains(new LocalDate(2010, 6, 1)));
        Assert.False(g8[0].Span.Contains(new LocalDate(2015, 6, 1)));
    }

    [Fact]
    public void Which_agreements_between_Azerbaijan_and_Russia_draw_a_border_or_divide_the_seabed_in_signing_order()
    {
        // The bilateral seabed deal (23 September 2002), the trilateral junction-point agreement with Kazakhstan (14 May 2003),
        // the land border treaty (3 September 2010) and the five-state Caspian convention (12 August 2018).
        var delimiting = Treaties.All
            .Where(t => t.Parties.Contains("azerbaijan") && t.Parties.Contains("russia") && t.Obligations.HasFlag(Obligations.Delimitation))
            .OrderBy(t => t.Signed.Start)
            .Select(t => t.Id);

        Assert.Equal(["caspian-seabed-agreement-2002", "caspian-junction-point-agreement-2003", "state-border-treaty-2010", "caspian-convention-2018"], delimiting);
    }

    [Fact]
    public void Was_the_border_treaty_in_force_at_the_start_of_2011()
    {
        // Signed on 3 September 2010 and ratified by Russia's upper house in June 2011; no source read gives its entry into
        // force, so the answer for 1 January 2011 is "unknown", and before signing it is "not in force".
        var treaty = Treaties.Get("state-border-treaty-2010");

        Assert.Equal(TreatyStanding.Unknown, treaty.StandingOn(new LocalDate(2011, 1, 1)));
        Assert.Equal(TreatyStanding.NotInForce, treaty.StandingOn(new LocalDate(2010, 9, 2)));
    }

    [Fact]
    public void What_was_trade_turnover_in_2019()
    {
        // Foreign Minister Bayramov: up 18 percent on 2018 and past three billion dollars, a lower bound.
        var turnover = Statistics.All.Single(s => s.Measure == TradeTurnover && s.AsOf == PartialDate.Parse("2019"));

        Assert.Equal(3_000_000_000m, turnover.Value);
        Assert.Equal("USD", turnover.Unit);
    }

    [Fact]
    public void In_which_recorded_year_did_trade_fall_from_the_year_before()
    {
        // The series holds 2011 (more than 2.5 bn), 2017 (2.14 bn, Azerbaijani customs), 2018 (2.6 bn), 2019 (more than
        // 3 bn), 2020 (2.6 bn), 2023 (4.4 bn) and 2025 (almost 5 bn): 2017 is below the 2011 floor, and 2020, the pandemic
        // year, below 2019.
        var series = Statistics.All.Where(s => s.Measure == TradeTurnover).OrderBy(s => s.AsOf!.Value.Start).ToList();
        var falls = series.Zip(series.Skip(1)).Where(pair => pair.Second.Value < pair.First.Value).Select(pair => pair.Second.AsOf!.Value.Start.Year);

        Assert.Equal([2011, 2017, 2018, 2019, 2020, 2023, 2025], series.Select(s => s.AsOf!.Value.Start.Year));
        Assert.Equal([2017, 2020], falls);
    }

    [Fact]
    public void Which_trade_figures_do_sources_disagree_about()
    {
        // 2018: the economy minister's 2.6 bn against Trend's 2.5 bn; 2023: 4.4 bn against the cabinet's "more than 4.3 bn".
        var disputed = Statistics.All.Where(s => s.Measure == TradeTurnover && s.Discrepancies.Any(d => d.Field == "Value"))
            .Select(s => s.AsOf!.Value.Start.Year);

        Assert.Equal([2018, 2023], disputed.Order());
    }
}
