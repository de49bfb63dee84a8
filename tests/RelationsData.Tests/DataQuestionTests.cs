using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Questions a reader of the two source documents asks, put to the typed dataset in plain LINQ. Each expected answer was
/// worked out by hand from the report, the transcript and the reference pages the data cites, not by running the query.
/// </summary>
public sealed class DataQuestionTests
{
    private static readonly DateInterval Year2024To2025 = new(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31));

    [Fact]
    public void Which_bilateral_agreements_were_signed_while_Heydar_Aliyev_was_president()
    {
        // The report puts the transit deal (1996), the friendship treaty (1997) and the seabed deal (2002) in his decade;
        // note [39] puts the Gabala lease in the 2000s, and its reference page dates it 2002.
        var presidency = Eras.EraHeydarAliyevPresidency.Span;
        var term = new DateInterval(presidency.FirstDay, presidency.LastDay!.Value);
        var signed = Treaties.All
            .Where(t => t.Parties.Order(StringComparer.Ordinal).SequenceEqual(["azerbaijan", "russia"]))
            .Where(t => DateRange.Single(t.Signed).IsWithin(term))
            .Select(t => t.Id);
        Assert.Equal(["caspian-seabed-agreement-2002", "friendship-treaty-1997", "gabala-radar-lease-2002", "novorossiysk-transit-contract-1996"], signed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Which_pipelines_carried_oil_or_gas_westward_by_the_end_of_2006()
    {
        // The report: Baku–Supsa from 1999, BTC from 2006, the South Caucasus gas line only from 2007.
        var endOf2006 = new LocalDate(2006, 12, 31);
        var running = Corridors.All
            .Where(c => c.Kind is CorridorKind.OilPipeline or CorridorKind.GasPipeline && c.Direction == Direction.Westbound)
            .Where(c => c.Span is { } span && span.Contains(endOf2006))
            .Select(c => c.Id);
        Assert.Equal(["baku-supsa-pipeline", "btc-pipeline"], running.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Which_organisations_did_Azerbaijan_belong_to_on_1_June_1998()
    {
        // UN since 1992, CIS and the Collective Security Treaty since 1993 (the treaty lapsed for Baku in 1999),
        // NATO's Partnership for Peace since 1994 and GUAM since October 1997; also the OIC (December 1991), the CSCE
        // (January 1992), Black Sea Economic Cooperation (June 1992), the ECO (November 1992), and the WTO as an
        // applicant since June 1997.
        var day = new LocalDate(1998, 6, 1);
        var organisations = Memberships.All.Where(m => m.Member == "azerbaijan" && m.Span.Contains(day)).Select(m => m.Organisation);
        Assert.Equal(
            ["bsec", "cis", "collective-security-treaty", "eco", "guam", "nato", "oic", "osce", "united-nations", "wto"],
            organisations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Which_events_of_2024_and_2025_had_a_tone_of_minus_5_or_lower()
    {
        // The crisis both sources describe: the airliner, the blame and the refusal to pay, the Yekaterinburg raids and
        // Baku's answers, the Sputnik raid, the arrests of Russians, and the strikes on SOCAR's depot near Odesa.
        var hostile = Events.All.Where(e => e.When.Overlaps(Year2024To2025) && e.Tone <= -5).Select(e => e.Id);
        Assert.Equal(
            [
                "azal-8243-downing-2024", "baku-blames-russian-air-defence", "baku-cancels-bilateral-meetings-2025",
                "baku-condemns-yekaterinburg-raids", "kremlin-refuses-azal-liability", "russian-nationals-arrested-2025",
                "socar-odesa-strikes-2025", "sputnik-azerbaijan-raid-2025", "yekaterinburg-raids-2025",
            ],
            hostile.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_did_the_Russian_peacekeepers_leave()
    {
        // Note [8] says April 2024; the reference pages date the start to 17 April and the end to 12 June 2024.
        var withdrawal = Events.PeacekeeperWithdrawal2024.When;
        Assert.Equal(DateRange.Parse("2024-04-17/2024-06-12"), withdrawal);
        Assert.Equal(withdrawal.LastDay, Events.RussianPeacekeepingDeployment.When.LastDay);

        // The mandate was five years from November 2020, so they left well before it ran out.
        var mandate = Statistics.PeacekeepingMandateYears;
        var mandateEnd = mandate.AsOf!.Value.Start.PlusYears((int)mandate.Value);
        Assert.True(withdrawal.LastDay < mandateEnd);
    }

    [Fact]
    public void Which_instruments_oblige_their_parties_to_help_each_other_militarily()
    {
        // Only the Shusha Declaration with Turkey; the 2022 declaration with Russia has no mutual-defence clause.
        var pledges = Treaties.All.Where(t => (t.Obligations & (Obligations.MutualAssistance | Obligations.MutualDefence)) != 0).Select(t => t.Id);
        Assert.Equal(["shusha-declaration-2021"], pledges);
        Assert.False(Treaties.AlliedInteractionDeclaration2022.Obligations.HasFlag(Obligations.MutualDefence));
    }

    [Fact]
    public void Which_memberships_has_Azerbaijan_given_up_and_how()
    {
        // The Collective Security Treaty was not renewed in 1999; the NAM chair passed on at the end of its term.
        var ended = Memberships.All.Where(m => m.Member == "azerbaijan" && m.Ended is not null).Select(m => (m.Id, m.Ended!.Value));
        Assert.Equal([("cst-exit-1999", MembershipEnd.NotRenewed), ("nam-chairmanship-2019", MembershipEnd.TermEnded)], ended.OrderBy(e => e.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void When_did_Russia_pull_forces_out_or_close_installations_in_Azerbaijan()
    {
        // The Gabala radar in 2012, then the peacekeepers and the joint monitoring centre in 2024.
        var retreats = Events.All.Where(e => e.Kind == EventKind.Retreat && e.Initiators.Contains("russia")).Select(e => (e.Id, e.When.FirstDay.Year));
        Assert.Equal([("gabala-radar-closure-2012", 2012), ("monitoring-centre-closure-2024", 2024), ("peacekeeper-withdrawal-2024", 2024)], retreats.OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Which_ceasefires_between_Armenia_and_Azerbaijan_did_Russia_broker()
    {
        // The report: Moscow mediated the 1994 and 2016 ceasefires and brokered the statement of 9 November 2020.
        // A ceasefire is an agreement of the three that ends a war the data records; the other Russian-hosted
        // declarations (2008 Moscow, 2010 Astrakhan, 2011 Sochi, 2016 St Petersburg, 2021) ended no fighting.
        string[] sides = ["armenia", "azerbaijan", "russia"];
        var wars = Events.All.Where(e => e.Kind == EventKind.Assault).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var mediated = Events.All
            .Where(e => e.Kind == EventKind.Agree && e.Dimensions.HasFlag(Dimensions.Security) && sides.All(e.Initiators.Contains))
            .Where(e => e.Related.Any(wars.Contains))
            .Select(e => e.Id);
        var statements = Treaties.All.Where(t => t.Obligations.HasFlag(Obligations.Ceasefire) && sides.All(t.Parties.Contains)).Select(t => t.Id);
        Assert.Equal(["bishkek-ceasefire-1994", "moscow-ceasefire-2016", "trilateral-statement-2020"], mediated.Concat(statements).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_happened_in_September_2023()
    {
        // The one-day operation, the Russian peacekeepers killed during it, and Aliyev's apology to Putin the next day.
        var september = new DateInterval(new LocalDate(2023, 9, 1), new LocalDate(2023, 9, 30));
        var events = Events.All.Where(e => e.When.IsWithin(september)).Select(e => e.Id);
        Assert.Equal(["karabakh-operation-2023", "peacekeepers-killed-2023", "aliyev-apology-2023"], events);
    }
}
