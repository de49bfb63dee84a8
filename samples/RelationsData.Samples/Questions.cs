using System;
using System.Linq;
using NodaTime;

namespace RelationsData.Samples;

/// <summary>Each method answers one question and prints the answer.</summary>
internal static class Questions
{
    public static void Overview()
    {
        Console.WriteLine($"RelationsData {RelationsDataset.Version}: {RelationsDataset.Facts.Length} facts " +
                          $"({Treaties.Count} treaties, {Memberships.Count} memberships, {Events.Count} events, {Eras.Count} eras, " +
                          $"{Corridors.Count} corridors, {Scenarios.Count} scenarios, {Statistics.Count} statistics), " +
                          $"{Actors.Count} actors, {Sources.Count} sources.");
    }

    /// <summary>What did Azerbaijan belong to on a given day? Memberships whose span covers that day, open ends included.</summary>
    public static void MembershipsOn(LocalDate day)
    {
        Heading($"Azerbaijan's memberships on {day:uuuu-MM-dd}");
        foreach (var membership in Memberships.All.ActiveOn(day).Involving(Actors.Azerbaijan.Id, ActorRole.Member))
        {
            Console.WriteLine($"  {membership.Span,-24} {membership.Role,-9} {Actors.Get(membership.Organisation).Name}");
        }
    }

    /// <summary>What did Azerbaijan belong to at any point in a year? Memberships that overlap the year.</summary>
    public static void MembershipsDuring(int year)
    {
        Heading($"Azerbaijan's memberships and roles at any point in {year}");
        foreach (var membership in Memberships.All.Overlapping(year).Involving(Actors.Azerbaijan.Id, ActorRole.Member))
        {
            Console.WriteLine($"  {membership.Span,-24} {membership.Role,-9} {Actors.Get(membership.Organisation).Name}");
        }
    }

    /// <summary>Which treaties were signed in the 1990s? Every day a partial signing date could mean must fall in the decade.</summary>
    public static void TreatiesSignedInThe1990s()
    {
        Heading("Treaties and agreements signed in the 1990s");
        var nineties = new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31));
        foreach (var treaty in Treaties.All.SignedWithin(nineties))
        {
            var parties = string.Join(", ", treaty.ActorsOf(ActorRole.Party).Select(a => a.Name));
            Console.WriteLine($"  {treaty.Signed,-12} {treaty.Title} ({parties})");
        }
    }

    /// <summary>Which agreements raised or lowered the relationship? Agreement events, by their tone for Azerbaijan–Russia ties.</summary>
    public static void AgreementsThatMovedTheRelationship()
    {
        Heading("Agreements that raised (+) or lowered (-) Azerbaijan-Russia relations");
        foreach (var agreement in Events.All.OfKind(EventKind.Agree).Where(e => e.Tone != 0).OrderByDescending(e => e.Tone))
        {
            Console.WriteLine($"  {agreement.Tone,3:+0;-0}  {agreement.When,-12} {agreement.Title}");
        }
    }

    /// <summary>How did relations evolve, by dimension? Net tone of the events that start in each year.</summary>
    public static void TrajectoryByDimension(int firstYear, int lastYear)
    {
        Heading($"Net tone of events by year and dimension, {firstYear}-{lastYear} (events: cooperative/conflictual)");
        Console.WriteLine($"  {"year",-6}{"all",14}{"political",14}{"economic",14}{"security",14}");
        foreach (var year in RelationsTrajectory.ByYear(Events.All, firstYear, lastYear).GroupBy(p => p.Label))
        {
            var cells = year.Select(p => $"{p.NetTone,4:+0;-0;0} ({p.Cooperative}/{p.Conflictual})");
            Console.WriteLine($"  {year.Key,-6}{string.Concat(cells.Select(c => c.PadLeft(14)))}");
        }
    }

    /// <summary>The security events of a span of years: events that overlap it and bear on security.</summary>
    public static void SecurityEvents(int firstYear, int lastYear)
    {
        Heading($"Security events starting {firstYear}-{lastYear}");
        var span = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        foreach (var item in Events.All.InDimensions(Dimensions.Security).Where(e => span.Contains(e.When.FirstDay)))
        {
            Console.WriteLine($"  {item.When,-24} {item.Tone,3:+0;-0;0}  {item.Title}");
        }
    }

    /// <summary>Where do the sources disagree? Every value with its sources, and the value the dataset uses.</summary>
    public static void WhereTheSourcesDisagree()
    {
        Heading("Where the sources disagree");
        foreach (var fact in RelationsDataset.Facts.Where(f => f.Discrepancies.Length > 0))
        {
            foreach (var discrepancy in fact.Discrepancies)
            {
                Console.WriteLine($"  {fact.Title} / {discrepancy.Field}: using \"{discrepancy.Chosen}\"");
                foreach (var claim in discrepancy.Claims)
                {
                    Console.WriteLine($"      \"{claim.Value}\" ({string.Join("; ", claim.Citations.Select(c => $"{Sources.Get(c.Source).Title} {c.Locator}".TrimEnd()))})");
                }
            }
        }
    }

    private static void Heading(string text)
    {
        Console.WriteLine();
        Console.WriteLine(text + ":");
    }
}
