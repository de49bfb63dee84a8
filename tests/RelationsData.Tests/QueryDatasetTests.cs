using System.Linq;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>
/// Queries over the shipped data whose answers were worked out by hand from the two source documents (the transcript and
/// the RCSP report), not by running the code.
/// </summary>
public sealed class QueryDatasetTests
{
    [Fact]
    public void On_1998_06_01_Azerbaijan_belonged_to_the_UN_CIS_and_GUAM_was_in_the_security_treaty_and_a_NATO_partner()
    {
        // Transcript: UN membership on independence, CIS, the Collective Security Treaty (left 1999), PfP in 1994.
        // Report: CIS accession 1993, PfP 1994, GUAM co-founded 1997, non-renewal of the treaty in 1999. Reference pages add the
        // OIC (1991), the CSCE, Black Sea Economic Cooperation and the ECO (all 1992) and the WTO application (1997).
        var memberships = Memberships.All.ActiveOn(new LocalDate(1998, 6, 1)).Involving("azerbaijan", ActorRole.Member).Select(m => m.Organisation);
        Assert.Equal(["bsec", "cis", "collective-security-treaty", "eco", "guam", "nato", "oic", "osce", "united-nations", "wto"], memberships.Order());
    }

    [Fact]
    public void By_2000_Azerbaijan_had_left_the_collective_security_treaty()
    {
        // Both sources: the treaty was not renewed in 1999.
        Assert.DoesNotContain(Memberships.All.ActiveOn(new LocalDate(2000, 1, 1)), m => m.Member == "azerbaijan" && m.Organisation == "collective-security-treaty");
    }

    [Fact]
    public void The_bilateral_agreements_signed_in_the_1990s_are_diplomatic_relations_oil_transit_and_the_friendship_treaty()
    {
        // Report's list: 1992 diplomatic relations, 1996 Baku–Novorossiysk oil transit, 1997 friendship treaty.
        var nineties = new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31));
        var bilateral = Treaties.All.SignedWithin(nineties).Where(t => t.Parties.Order().SequenceEqual(new[] { "azerbaijan", "russia" }));
        Assert.Equal(["diplomatic-relations-1992", "novorossiysk-transit-contract-1996", "friendship-treaty-1997"], bilateral.Select(t => t.Id));
    }

    [Fact]
    public void The_1996_oil_transit_agreement_was_in_force_until_Russia_ended_it_on_14_February_2014()
    {
        // CIS legislation and Kodeks texts: signed 18 January 1996 (in effect from signing, said Chernomyrdin that day); ended from 14 February 2014
        // under Russian government order 746-r of 5 May 2013. Both ends of a span count as in force.
        static bool InForce(int year, int month, int day) =>
            Treaties.All.ActiveOn(new LocalDate(year, month, day)).Any(t => t.Id == "novorossiysk-transit-contract-1996");

        Assert.False(InForce(1996, 1, 17));
        Assert.True(InForce(1996, 1, 18));
        Assert.True(InForce(2014, 2, 14));
        Assert.False(InForce(2014, 2, 15));
    }

    [Fact]
    public void Russian_peacekeepers_were_present_from_the_2020_statement_until_2024_and_not_after()
    {
        // Report: deployed under the 9 November 2020 statement, withdrew in 2024 (April per note [8]).
        var presence = Events.All.Involving(Actors.RussianPeacekeepingContingent.Id);
        Assert.Contains(presence.ActiveOn(new LocalDate(2022, 1, 1)), e => e.Kind == EventKind.Mobilize);
        Assert.DoesNotContain(presence.ActiveOn(new LocalDate(2025, 1, 1)), e => e.Kind == EventKind.Mobilize);
    }

    [Fact]
    public void The_sharpest_conflict_events_of_2024_and_2025_include_the_airliner_and_the_Yekaterinburg_detentions()
    {
        // Transcript: the December 2024 downing, the June 2025 detentions. Report: the airliner, Sputnik office, Odesa strikes.
        var harsh = Events.All.Overlapping(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31)).Where(e => e.Tone <= -6).Select(e => e.When.Start.ToString()).ToList();
        Assert.Contains("2024-12-25", harsh);
        Assert.Contains("2025-06-27", harsh);
    }

    [Fact]
    public void Security_dimension_holds_the_2020_war_and_the_2023_operation()
    {
        var security = Events.All.InDimensions(Dimensions.Security).Select(e => e.When.Start.Year).ToHashSet();
        Assert.Contains(2020, security);
        Assert.Contains(2023, security);
    }

    [Fact]
    public void Every_fact_is_reachable_from_its_actors()
    {
        foreach (var fact in RelationsDataset.Facts)
        {
            foreach (var involvement in fact.Involvements)
            {
                Assert.Contains(fact, RelationsDataset.FactsInvolving(involvement.ActorId));
            }
        }
    }

    [Fact]
    public void The_dataset_timeline_is_chronological_and_holds_every_fact_once()
    {
        var facts = RelationsDataset.Facts;
        Assert.Equal(facts.Length, facts.Distinct().Count());
        Assert.Equal(Treaties.Count + Memberships.Count + Events.Count + Eras.Count + Corridors.Count + Scenarios.Count + Statistics.Count, facts.Length);
        var firstDays = facts.Where(f => f.Extent is not null).Select(f => f.Extent!.Value.FirstDay).ToList();
        Assert.Equal(firstDays.Order(), firstDays);
        Assert.Equal(facts.GroupByDecade().Select(g => g.Key), facts.GroupByDecade().Select(g => g.Key).Order());
    }

    [Fact]
    public void The_crisis_from_December_2024_is_net_conflictual()
    {
        // Transcript: relations collapsed after December 2024. Report: the 2024–25 rift widened.
        var crisisStart = new LocalDate(2024, 12, 1);
        var crisisTone = Events.All.Where(e => e.When.FirstDay >= crisisStart && e.When.FirstDay.Year <= 2025).Sum(e => e.Tone);
        Assert.True(crisisTone < 0, $"events from December 2024 through 2025: net tone {crisisTone}");

        var year2025 = RelationsTrajectory.ByYear(Events.All, 2025, 2025).Single(p => p.Dimension is null);
        Assert.True(year2025.NetTone < 0, $"2025: net tone {year2025.NetTone}");
    }
}
