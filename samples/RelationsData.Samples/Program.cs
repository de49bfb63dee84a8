// Questions a reader of the sources asks, answered with LINQ over the typed dataset.
using System;
using System.Linq;
using NodaTime;
using RelationsData;

Console.WriteLine($"RelationsData: {Treaties.Count} treaties, {Memberships.Count} memberships, {Events.Count} events, {Eras.Count} eras, " +
                  $"{Corridors.Count} corridors, {Scenarios.Count} scenarios, {Statistics.Count} statistics, {Actors.Count} actors, {Sources.Count} sources.");

// What did Azerbaijan belong to on 1 June 1998? A membership counts if its span covers that day.
var day = new LocalDate(1998, 6, 1);
Console.WriteLine();
Console.WriteLine($"Azerbaijan's memberships on {day:yyyy-MM-dd}:");
foreach (var membership in Memberships.All.Where(m => m.Member == "azerbaijan" && m.Span.Contains(day)))
{
    Console.WriteLine($"  {membership.Span,-22} {membership.Role,-8} {Actors.Get(membership.Organisation).Name}");
}

// Which treaties were signed in the 1990s? A signing date counts if every day it could mean lies in the decade.
var nineties = new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31));
Console.WriteLine();
Console.WriteLine("Treaties and agreements signed in the 1990s:");
foreach (var treaty in Treaties.All.Where(t => DateRange.Single(t.Signed).IsWithin(nineties)))
{
    Console.WriteLine($"  {treaty.Signed,-12} {treaty.Title}");
}

// The security events of 2023-2025, with their tone on the -10 (conflict) to +10 (cooperation) scale.
var recent = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31));
Console.WriteLine();
Console.WriteLine("Security events, 2023-2025:");
foreach (var item in Events.All.Where(e => e.Dimensions.HasFlag(Dimensions.Security) && e.When.Overlaps(recent)))
{
    Console.WriteLine($"  {item.When,-24} {item.Tone,3:+0;-0;0}  {item.Title}");
}

// Where the sources disagree, the dataset keeps every value with its citation.
Console.WriteLine();
Console.WriteLine("Where the sources disagree:");
var facts = Treaties.All.Cast<Fact>().Concat(Memberships.All).Concat(Events.All).Concat(Eras.All).Concat(Corridors.All).Concat(Statistics.All);
foreach (var (fact, discrepancy) in facts.SelectMany(f => f.Discrepancies.Select(d => (f, d))))
{
    var claims = string.Join(" vs ", discrepancy.Claims.Select(c => $"\"{c.Value}\" ({string.Join(", ", c.Citations.Select(x => x.Source))})"));
    Console.WriteLine($"  {fact.Title} / {discrepancy.Field}: {claims}; using \"{discrepancy.Chosen}\"");
}
