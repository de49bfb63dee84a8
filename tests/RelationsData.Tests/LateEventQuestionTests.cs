using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Reader questions about the relationship from 2008 to 2025, answered from the events drawn from outside sources
/// (events-beyond-seeds-2008-2025.yaml) together with the seed events. Each expected answer was worked out by hand
/// from the pages the records cite, not by running the query.
/// </summary>
public sealed class LateEventQuestionTests
{
    [Fact]
    public void What_happened_between_Baku_and_Moscow_in_2018()
    {
        // The Kremlin dates Aliyev's World Cup meeting 13 June; Trend dates his Sochi visit 1 September; EADaily and the
        // Azerbaijani ministry put Putin in Baku for the Interregional Forum on 27 September. Neither seed dates a 2018 event.
        var year = new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31));
        var events = Events.All.Where(e => year.Contains(e.When.FirstDay)).OrderBy(e => e.When.FirstDay).Select(e => e.Id);
        Assert.Equal(["aliyev-kremlin-world-cup-2018", "aliyev-sochi-visit-2018", "putin-baku-interregional-forum-2018"], events);
        Assert.Equal(3, RelationsTrajectory.ByYear(Events.All, 2018, 2018).Single(s => s.Dimension is null).Events);
    }

    [Fact]
    public void Which_Karabakh_meetings_did_Medvedev_host_with_both_presidents()
    {
        // Meiendorf (Nov 2008), Sochi (Jan 2010), Astrakhan (Oct 2010), Sochi (Mar 2011), Kazan (Jun 2011) and Sochi
        // (Jan 2012), from the Kremlin, Aze.az, Wikipedia, Asbarez and RFE/RL pages; the 2009 meetings have no dated source.
        var hosted = Events.All
            .Involving("dmitry-medvedev")
            .Where(e => e.Involvements.Any(i => i.ActorId == "ilham-aliyev") && e.Involvements.Any(i => i.ActorId == "serzh-sargsyan"))
            .OrderBy(e => e.When.FirstDay)
            .Select(e => (e.Id, e.Location));
        Assert.Equal(
            [
                ("moscow-karabakh-declaration-2008", "Meiendorf Castle, Moscow Region"), ("sochi-trilateral-2010", "Sochi"),
                ("astrakhan-declaration-2010", "Astrakhan"), ("sochi-trilateral-2011", "Sochi"), ("kazan-summit-2011", "Kazan"),
                ("sochi-trilateral-2012", "Sochi"),
            ],
            hosted);
    }

    [Fact]
    public void Which_security_events_did_Russia_initiate_from_2010_to_2013()
    {
        // Medvedev's Karabakh summits (five), his 2010 border-treaty visit and 2011 Sochi talks with Aliyev, the Safarov
        // rebuke, the Gabala withdrawal, the 2013 arms deliveries and Putin's Baku visit that put arms trade at $4 billion.
        // The rent dispute is Baku's demand, so Russia is its target, not its initiator.
        var years = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2013, 12, 31));
        var security = Events.All
            .Involving("russia", ActorRole.Initiator)
            .Where(e => e.Dimensions.HasFlag(Dimensions.Security) && years.Contains(e.When.FirstDay))
            .Select(e => e.Id);
        Assert.Equal(
            [
                "astrakhan-declaration-2010", "gabala-radar-closure-2012", "kazan-summit-2011", "medvedev-aliyev-sochi-2011",
                "medvedev-baku-visit-2010", "putin-baku-visit-2013", "russia-criticises-safarov-pardon-2012", "russian-arms-deliveries-2013",
                "sochi-trilateral-2010", "sochi-trilateral-2011", "sochi-trilateral-2012",
            ],
            security.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Which_gas_agreements_did_Gazprom_and_SOCAR_sign_and_when()
    {
        // Argumenty Nedeli (memorandum, 27 Mar 2009), the Kremlin (main terms, 29 Jun 2009), Oreanda and Caspian Barrel
        // (contract 14 Oct 2009, supplement 3 Sep 2010, Sochi addendum 24 Jan 2012) and Vestnik Kavkaza (21 Nov 2017).
        var deals = Events.All
            .Where(e => e.Kind == EventKind.Agree && e.Initiators.Contains("gazprom") && e.Initiators.Contains("socar"))
            .OrderBy(e => e.When.FirstDay)
            .Select(e => (e.Id, e.When.FirstDay));
        Assert.Equal(
            [
                ("gazprom-socar-gas-memorandum-2009", new LocalDate(2009, 3, 27)), ("medvedev-baku-working-visit-2009", new LocalDate(2009, 6, 29)),
                ("gazprom-socar-gas-contract-2009", new LocalDate(2009, 10, 14)), ("medvedev-baku-visit-2010", new LocalDate(2010, 9, 3)),
                ("gazprom-socar-gas-addendum-2012", new LocalDate(2012, 1, 24)), ("gazprom-socar-gas-contract-2017", new LocalDate(2017, 11, 21)),
            ],
            deals);
    }

    [Fact]
    public void Which_frictions_set_Baku_and_Moscow_against_each_other_from_2008_to_2019()
    {
        // Events of negative tone where one state acts and the other is acted upon: Baku's rent demand for Gabala
        // (2011–2012) and Russia's withdrawal (2012), the Safarov rebuke (2012), the end of the oil transit deal (2013)
        // and the halt of Azerbaijani gas (2014). The Georgian war and Crimea name neither state as a target of the other.
        var years = new DateInterval(new LocalDate(2008, 1, 1), new LocalDate(2019, 12, 31));
        var frictions = Events.All
            .Where(e => e.Tone < 0 && years.Contains(e.When.FirstDay))
            .Where(e => (e.Initiators.Contains("russia") && e.Targets.Contains("azerbaijan")) || (e.Initiators.Contains("azerbaijan") && e.Targets.Contains("russia")))
            .OrderBy(e => e.When.FirstDay)
            .Select(e => e.Id);
        Assert.Equal(
            [
                "gabala-rent-dispute", "russia-criticises-safarov-pardon-2012", "gabala-radar-closure-2012",
                "oil-transit-agreement-ended-2013", "azerbaijani-gas-to-russia-suspended-2014",
            ],
            frictions);
    }

    [Fact]
    public void How_long_did_Russia_take_to_dissolve_the_Azerbaijani_diaspora_congress()
    {
        // News.az (after APA): the Justice Ministry sued on 9 March 2017; Report.az: the cassation was rejected on
        // 28 November 2017, 264 days later. The congress is the target, the Supreme Court an initiator.
        var dissolution = Events.VakLiquidation2017;
        Assert.Equal(DateRange.Parse("2017-03-09/2017-11-28"), dissolution.When);
        Assert.Equal(264, Period.Between(dissolution.When.FirstDay, dissolution.When.LastDay!.Value, PeriodUnits.Days).Days);
        Assert.Equal(["all-russian-azerbaijani-congress"], dissolution.Targets.ToArray());
        Assert.Contains("russian-supreme-court", dissolution.Initiators);
    }
}
