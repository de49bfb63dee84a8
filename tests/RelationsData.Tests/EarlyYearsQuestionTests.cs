using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Questions a reader asks about Baku and Moscow between independence and 2007, put to the typed dataset. Each expected
/// answer was worked out by hand from the outside pages the events of 1991–2007 cite (Kremlin and Heydar Aliyev Heritage
/// transcripts, RFE/RL, the BBC, the Jamestown Monitor and the other sources in data/sources-events-early.yaml), not by
/// running the query.
/// </summary>
public sealed class EarlyYearsQuestionTests
{
    private static readonly DateInterval Years1991To2007 = new(new LocalDate(1991, 1, 1), new LocalDate(2007, 12, 31));

    [Fact]
    public void What_happened_between_Baku_and_Moscow_in_1998()
    {
        // Jamestown: the consortium's early-oil deal with Transneft (reported June 1998) and the Russian–Kazakh seabed
        // deal of the July summit; the BBC (22 December 1998): Baku's protest at the MiG-29/S-300 deal and Zulfugarov's
        // two days of talks in Moscow. The trilateral arms commission met in 1998 too, but began in September 1997.
        var events = Events.All.Where(e => e.When.FirstDay.Year == 1998).Select(e => e.Id);
        Assert.Equal(
            ["aioc-transneft-early-oil-1998", "baku-condemns-russia-armenia-arms-deal-1998", "russia-kazakhstan-seabed-deal-1998", "zulfugarov-moscow-talks-1998"],
            events.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Who_visited_whom_in_2001()
    {
        // The Kremlin and RFE/RL: Putin's visit to Baku on 9–10 January, the first by a Russian head of state; the
        // Heritage library: Patriarch Alexy II received by Heydar Aliyev in Baku on 28 May. Both came to Baku.
        var visits = Events.All
            .Where(e => e.When.FirstDay.Year == 2001 && e.Kind is EventKind.Consult or EventKind.Agree && e.Location == "Baku")
            .Select(e => (e.Initiators[0], e.Targets.Contains("heydar-aliyev")));
        Assert.Equal([("vladimir-putin", true), ("patriarch-alexy-ii", true)], visits);
    }

    [Fact]
    public void Which_visits_to_Baku_did_a_Russian_president_make_before_2008()
    {
        // Yeltsin came through Baku on the Zheleznovodsk mission of September 1991; Putin came for his first visit
        // (January 2001), for Heydar Aliyev's funeral (15 December 2003) and to open the Year of Russia (February 2006).
        string[] presidents = ["boris-yeltsin", "vladimir-putin"];
        var visits = Events.All
            .Where(e => e.When.IsWithin(Years1991To2007) && e.Location is { } place && place.Contains("Baku", StringComparison.Ordinal))
            .Where(e => e.Initiators.Any(presidents.Contains))
            .Select(e => e.Id);
        Assert.Equal(
            ["zheleznovodsk-mediation-1991", "putin-state-visit-2001", "putin-at-heydar-aliyev-funeral-2003", "year-of-russia-in-azerbaijan-2006"],
            visits);
    }

    [Fact]
    public void When_did_Azerbaijan_stop_buying_Russian_gas_and_sending_its_oil_through_Russia()
    {
        // AFX via energia.gr (13 December 2006) gives only the month of Azerigaz's announcement; RFE/RL (8 January 2007)
        // quotes SOCAR: deliveries to Russia stopped on 1 January 2007.
        Assert.Equal(DateRange.Parse("2006-12"), Events.AzerbaijanStopsRussianGas2006.When);
        Assert.Equal(DatePrecision.Month, Events.AzerbaijanStopsRussianGas2006.When.Start.Precision);
        Assert.Equal(DateRange.Parse("2007-01-01"), Events.SocarHaltsOilToRussia2007.When);
        Assert.Contains("gazprom", Events.GazpromPriceRise2006.Initiators);
    }

    [Fact]
    public void How_often_did_Baku_protest_at_Russian_arms_for_Armenia_between_1997_and_1999()
    {
        // April 1997 (Aliyev's letter after Rokhlin's revelations), October 1997 (Chisinau summit), December 1998 (the
        // MiG-29/S-300 deal), March 1999 (letter to Yeltsin) and April 1999 (CIS council in Moscow).
        var years = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1999, 12, 31));
        var protests = Events.All
            .Where(e => e.When.IsWithin(years) && e.Kind is EventKind.Disapprove or EventKind.Demand)
            .Where(e => e.Initiators.Contains("azerbaijan") && e.Targets.Contains("russia") && e.Dimensions.HasFlag(Dimensions.Security))
            .Select(e => e.Id);
        Assert.Equal(
            [
                "baku-demands-arms-returned-1997", "chisinau-summit-arms-protest-1997", "baku-condemns-russia-armenia-arms-deal-1998",
                "aliyev-letter-to-yeltsin-1999", "aliyev-cis-council-statement-1999",
            ],
            protests);
    }

    [Fact]
    public void Which_Azerbaijani_oil_deals_did_Russian_companies_join_before_2000()
    {
        // The Baker & Botts list and Jamestown: Karabakh (10 November 1995, LukAgip); the Shah Deniz contract
        // (4 June 1996, Lukoil); SOCAR's statement: Kapaz with Lukoil and Rosneft (4 July 1997); the report's note [12]
        // and Jamestown: Yalama with Lukoil during the July 1997 visit.
        string[] russianFirms = ["lukoil", "rosneft"];
        var deals = Events.All
            .Where(e => e.When.FirstDay.Year < 2000 && e.Kind == EventKind.Cooperate && e.Initiators.Contains("socar"))
            .Where(e => e.Initiators.Any(russianFirms.Contains))
            .Select(e => e.Id);
        Assert.Equal(
            ["kapaz-agreement-1997", "karabakh-field-contract-1995", "lukoil-yalama-contract-1997", "shah-deniz-contract-1996"],
            deals.Order(StringComparer.Ordinal));
    }
}
