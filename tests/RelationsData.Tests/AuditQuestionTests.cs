using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Reader questions over the records the issue 9 audit re-dated, split, turned into spans or gave their actors. Each
/// expected answer was worked out by hand from the pages the records cite, not by running the query.
/// </summary>
public sealed class AuditQuestionTests
{
    [Fact]
    public void In_which_NATO_led_operations_did_Azerbaijani_troops_serve_in_mid_2006_and_in_mid_2010()
    {
        // The KFOR chronicle has the platoon on duty from September 1999 and RFE/RL has Aliyev asking parliament in
        // February 2008 to bring it home; the MFA page has the ISAF contingent from 20 November 2002 and The Defense
        // Post has Resolute Support replacing ISAF in January 2015. So both in 2006, only Afghanistan in 2010.
        string[] contributions = ["kosovo-troop-contribution", "afghanistan-troop-contribution"];
        string[] ServingOn(LocalDate day) => [.. contributions.Where(id => Events.Get(id).When.Contains(day)).Order(StringComparer.Ordinal)];

        Assert.Equal(["afghanistan-troop-contribution", "kosovo-troop-contribution"], ServingOn(new LocalDate(2006, 6, 1)));
        Assert.Equal(["afghanistan-troop-contribution"], ServingOn(new LocalDate(2010, 6, 1)));
    }

    [Fact]
    public void How_many_days_did_the_Russian_Turkish_monitoring_centre_work()
    {
        // Turan: opened 30 January 2021, closed 26 April 2024. Three whole years to 30 January 2024 are 1,095 days
        // (the leap day of 2024 falls later); 30 January to 26 April 2024 adds 30 + 29 + 28 = 87; counting both the
        // first and the last day gives 1,095 + 87 + 1 = 1,183.
        var centre = Events.MonitoringCentreOpened2021.When;
        var days = Period.Between(centre.FirstDay, centre.LastDay!.Value, PeriodUnits.Days).Days + 1;
        Assert.Equal(1183, days);

        // It closed after the peacekeepers had begun to leave (17 April) and before they were gone (12 June).
        Assert.True(Events.PeacekeeperWithdrawal2024.When.Contains(centre.LastDay!.Value));
    }

    [Fact]
    public void Was_Azerbaijan_ever_in_the_CSTO()
    {
        // The report's list says it left the CSTO in 1999; the Russian Wikipedia and Jamestown pages show it let the
        // 1992 treaty lapse between the protocol of 2 April and the expiry of 20 April 1999, and the CSTO was founded
        // only on 7 October 2002 by six states, Azerbaijan not among them.
        var lapse = Events.CstNonRenewal1999;
        var founding = Events.CstoFounded2002;
        Assert.True(lapse.When.LastDay < founding.When.FirstDay);
        Assert.Equal(new LocalDate(2002, 10, 7), founding.When.FirstDay);
        Assert.DoesNotContain("azerbaijan", founding.Initiators);
        Assert.Equal(6, founding.Initiators.Length);
        Assert.Contains(lapse.Discrepancies, d => d.Field == nameof(Event.Title) && d.Claims.Any(c => c.Value == "exit from the CSTO"));
    }

    [Fact]
    public void On_which_day_did_each_turning_point_the_review_named_happen()
    {
        // The preslib appeal dates the declaration to 30 August 1991; UPI dates the invasion to 24 February 2022; Rights
        // in Russia has Crimea's parliament seized on 27 February and annexed on 18 March 2014; the Wikipedia timeline
        // starts Russia's operation on 8 August 2008 and Novinite has Medvedev halting it on 12 August, five days in all.
        Assert.Equal(DateRange.Parse("1991-08-30"), Events.IndependenceRestored1991.When);
        Assert.Equal(DateRange.Parse("2022-02-24"), Events.RussiaInvadesUkraine2022.When);
        Assert.Equal(DateRange.Parse("2014-02-27/2014-03-18"), Events.CrimeaAnnexation2014.When);

        var georgia = Events.RussiaGeorgiaWar2008.When;
        Assert.Equal(5, Period.Between(georgia.FirstDay, georgia.LastDay!.Value, PeriodUnits.Days).Days + 1);
        Assert.All(new[] { Events.IndependenceRestored1991, Events.RussiaInvadesUkraine2022, Events.CrimeaAnnexation2014, Events.RussiaGeorgiaWar2008 },
            e => Assert.Equal(DatePrecision.Day, e.When.Start.Precision));
    }

    [Fact]
    public void How_long_before_the_raid_was_Sputnik_Azerbaijans_office_closed()
    {
        // News.az has the Foreign Ministry announcing the closure on 24 February 2025; Meduza and AP date the raid to
        // 30 June 2025. February has 28 days in 2025: 4 + 31 + 30 + 31 + 30 = 126 days apart.
        var closed = Events.SputnikAzerbaijanOfficeClosed2025.When.FirstDay;
        var raided = Events.SputnikAzerbaijanRaid2025.When.FirstDay;
        Assert.Equal(126, Period.Between(closed, raided, PeriodUnits.Days).Days);
    }

    [Fact]
    public void Which_states_does_each_era_of_Azerbaijans_own_history_belong_to()
    {
        // The transcript: Russian imperial rule, then the republic of 1918-1920, then the Soviet republic inside the
        // Soviet Union; the presidencies since 1991 are Azerbaijan's alone.
        Assert.Equal(["russian-empire"], Eras.EraRussianImperialRule.States.ToArray());
        Assert.Equal(["azerbaijan-democratic-republic"], Eras.EraAdr19181920.States.ToArray());
        Assert.Equal(["azerbaijani-ssr", "soviet-union"], Eras.EraAzerbaijaniSsr.States.Order(StringComparer.Ordinal));
        Assert.All(Eras.All.Where(e => e.Id.EndsWith("-presidency", StringComparison.Ordinal)), e => Assert.Equal(["azerbaijan"], e.States.ToArray()));
    }

    [Fact]
    public void Who_runs_the_Southern_Gas_Corridor_and_since_when()
    {
        // Report.az: first part opened in Baku on 29 May 2018; Reuters on TANAP: shareholders SOCAR, Botaş and BP. The
        // report's 2007 is the South Caucasus line's first gas, kept as a claim.
        var corridor = Corridors.SouthernGasCorridor;
        Assert.Equal(new LocalDate(2018, 5, 29), corridor.Span!.Value.FirstDay);
        Assert.True(corridor.Span!.Value.IsOpenEnded);
        Assert.Equal(["botas", "bp", "socar"], corridor.Operators.Order(StringComparer.Ordinal));
        Assert.Contains(corridor.Discrepancies.Single(d => d.Field == nameof(Corridor.Span)).Claims, c => c.Value == "2007–2020");
    }

    [Fact]
    public void When_did_Mutalibovs_presidency_end()
    {
        // The Sun-Sentinel report of 7 March 1992 has him resigning on Friday 6 March, six months after his election.
        var span = Eras.EraMutalibovPresidency.Span;
        Assert.Equal(new LocalDate(1992, 3, 6), span.LastDay);
        Assert.Equal(DatePrecision.Year, span.Start.Precision);
    }
}
