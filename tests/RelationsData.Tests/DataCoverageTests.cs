using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;

namespace RelationsData.Tests;

/// <summary>The data itself: what the report lists is present, every reference resolves, dates are consistent, nothing is recorded twice.</summary>
public sealed class DataCoverageTests
{
    private const string ListLocator = "Memberships & Treaties";

    [Fact]
    public void Every_item_of_the_reports_memberships_and_treaties_list_is_present_and_cites_the_list()
    {
        // The report's list, in its order, with the year it gives each item; typed members so a rename breaks the build.
        (Fact Fact, string Id, int Year)[] list =
        [
            (Treaties.DiplomaticRelations1992, "diplomatic-relations-1992", 1992),
            (Memberships.CisAccession1993, "cis-accession-1993", 1993),
            (Memberships.NatoPfp1994, "nato-pfp-1994", 1994),
            (Corridors.BakuNovorossiyskPipeline, "baku-novorossiysk-pipeline", 1996),
            (Treaties.FriendshipTreaty1997, "friendship-treaty-1997", 1997),
            (Memberships.GuamFounding1997, "guam-founding-1997", 1997),
            (Memberships.CstExit1999, "cst-exit-1999", 1999),
            (Treaties.CaspianSeabedAgreement2002, "caspian-seabed-agreement-2002", 2002),
            (Treaties.StrategicPartnershipDeclaration2008, "strategic-partnership-declaration-2008", 2008),
            (Events.GabalaRadarClosure2012, "gabala-radar-closure-2012", 2012),
            (Treaties.CaspianConvention2018, "caspian-convention-2018", 2018),
            (Treaties.TrilateralStatement2020, "trilateral-statement-2020", 2020),
            (Treaties.ShushaDeclaration2021, "shusha-declaration-2021", 2021),
            (Treaties.AlliedInteractionDeclaration2022, "allied-interaction-declaration-2022", 2022),
            (Events.PeacekeeperWithdrawal2024, "peacekeeper-withdrawal-2024", 2024),
        ];

        foreach (var (fact, id, year) in list)
        {
            Assert.Equal(id, fact.Id);
            Assert.True(RelationsDataset.TryGetRecord(id, out var found) && ReferenceEquals(found, fact), $"{id} is not in RelationsDataset.");
            Assert.Contains(fact.Citations, c => c.Source == "rcsp-report" && c.Locator == ListLocator);

            // Dated in the list's year, or a recorded discrepancy keeps the list's year as a claim. The list dates a
            // treaty by its signing, which may fall in an earlier year than its time in force (its Extent).
            var yearInterval = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            var inYear = (fact.Extent is { } extent && extent.Overlaps(yearInterval))
                || (fact is Treaty treaty && DateRange.Single(treaty.Signed).Overlaps(yearInterval));
            var claimed = fact.Discrepancies.SelectMany(d => d.Claims)
                .Any(c => c.Value == year.ToString(System.Globalization.CultureInfo.InvariantCulture) && c.Citations.Any(x => x.Locator == ListLocator));
            Assert.True(inYear || claimed, $"{id} is dated {fact.Extent} but the report's list says {year}, and no discrepancy records that.");
        }
    }

    [Fact]
    public void Every_reference_resolves_to_a_record_of_the_named_type()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var record in RelationsDataset.Records)
        {
            foreach (var node in RecordGraph.Nodes(record))
            {
                foreach (var property in RecordGraph.Properties(node.GetType()))
                {
                    if (property.GetCustomAttribute<ReferencesAttribute>(inherit: true) is not { } references)
                    {
                        continue;
                    }

                    seen.Add(Key(property));
                    foreach (var id in Ids(property.GetValue(node)))
                    {
                        var resolves = RelationsDataset.TryGetRecord(id, out var target) && (references.Target?.IsInstanceOfType(target) ?? true);
                        if (!resolves)
                        {
                            failures.Add($"{record.Id}: {node.GetType().Name}.{property.Name} = '{id}' is not a {references.Target?.Name ?? "record"}");
                        }
                    }
                }
            }
        }

        Assert.Empty(failures);

        // The walk reached every property that holds ids, nested ones such as Citation.Source included.
        var declared = typeof(IRecord).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.IsDefined(typeof(ReferencesAttribute)))
            .Select(Key)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(declared.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Contains("Citation.Source", seen);
    }

    [Fact]
    public void Every_fact_bears_on_at_least_one_known_dimension()
    {
        const Dimensions known = Dimensions.Political | Dimensions.Economic | Dimensions.Security;
        Assert.All(RelationsDataset.Facts, f => Assert.True(f.Dimensions != Dimensions.None && (f.Dimensions & ~known) == 0, $"{f.Id} has dimensions {f.Dimensions}."));
    }

    [Fact]
    public void Spans_and_periods_run_forward_and_fit_what_they_describe()
    {
        foreach (var fact in RelationsDataset.Facts)
        {
            // Every range ends on or after it starts.
            foreach (var range in RecordGraph.Properties(fact.GetType()).Select(p => p.GetValue(fact)).OfType<DateRange>())
            {
                Assert.True(range.LastDay is not { } last || last >= range.FirstDay, $"{fact.Id}: {range} ends before it starts.");
            }

            // Only outlooks lie ahead of the sources, which date from 2025.
            if (fact is not Scenario && fact.Extent is { } extent)
            {
                Assert.True(extent.FirstDay.Year <= 2025, $"{fact.Id} starts in {extent.FirstDay.Year}, after the sources were written.");
            }
        }

        Assert.All(Scenarios.All, s => Assert.True(s.Horizon.FirstDay.Year >= 2025, $"{s.Id}'s horizon starts before the 2025 sources."));
        foreach (var treaty in Treaties.All.Where(t => t.InForce is not null))
        {
            var inForce = treaty.InForce!.Value;
            // A coarse start ("2002") may share its year with the signing day; only one wholly before the signing is wrong.
            Assert.True(inForce.Start.End >= treaty.Signed.Start, $"{treaty.Id} is in force from {inForce.Start}, before it was signed ({treaty.Signed}).");
            Assert.True(treaty.Status != TreatyStatus.InForce || inForce.IsOpenEnded, $"{treaty.Id} is marked in force but its period ends.");
            Assert.True(treaty.Status is not (TreatyStatus.Expired or TreatyStatus.NotRenewed or TreatyStatus.Terminated or TreatyStatus.Superseded) || !inForce.IsOpenEnded,
                $"{treaty.Id} has ended ({treaty.Status}) but its period is open.");
        }

        Assert.All(Memberships.All, m => Assert.True(m.Ended is null || !m.Span.IsOpenEnded, $"{m.Id} ended ({m.Ended}) but its span is open."));
    }

    [Fact]
    public void No_fact_is_recorded_twice()
    {
        // Titles and summaries are unique; beyond that, each kind has an identity that two records must not share.
        AssertUnique(RelationsDataset.Facts, f => Normalise(f.Title), "title");
        AssertUnique(RelationsDataset.Facts, f => Normalise(f.Summary), "summary");
        AssertUnique(Treaties.All, t => $"{Set(t.Parties)} {t.Signed}", "parties and signing date");
        AssertUnique(Eras.All, e => $"{e.Span} {Set(e.Leaders)}", "span and leaders");
        AssertUnique(Corridors.All, c => $"{c.Kind} {c.Span} {Set(c.Countries)} {c.Direction}", "kind, span, countries and direction");
        AssertUnique(Statistics.All, s => $"{s.Subject} {s.Measure} {s.Unit} {s.AsOf}", "subject, measure, unit and date");

        // Events of one kind by the same actors on the same known day are one event. Vaguer dates can hold several.
        var dayEvents = Events.All.Where(e => e.When.IsSingleDate && e.When.Start.Precision == DatePrecision.Day);
        AssertUnique(dayEvents, e => $"{e.Kind} {e.When} {Set(e.Initiators)} -> {Set(e.Targets)}", "kind, day and actors");

        // The same member in the same role of the same organisation over overlapping spans.
        var overlapping = Memberships.All.SelectMany(a => Memberships.All.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0
                && a.Member == b.Member && a.Organisation == b.Organisation && a.Role == b.Role
                && b.Span.Overlaps(new DateInterval(a.Span.FirstDay, a.Span.LastDay ?? LocalDate.MaxIsoValue)))
            .Select(b => $"{a.Id} and {b.Id}"));
        Assert.Empty(overlapping);
    }

    [Fact]
    public void Every_discrepancy_has_two_cited_claims_and_its_choice_is_the_recorded_value()
    {
        foreach (var fact in RelationsDataset.Facts)
        {
            foreach (var discrepancy in fact.Discrepancies)
            {
                var where = $"{fact.Id}.{discrepancy.Field}";
                Assert.True(discrepancy.Claims.Length >= 2, $"{where} has fewer than two claims.");
                Assert.All(discrepancy.Claims, c => Assert.False(c.Citations.IsDefaultOrEmpty, $"{where}: the claim '{c.Value}' cites nothing."));
                Assert.Equal(discrepancy.Claims.Length, discrepancy.Claims.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
                Assert.False(string.IsNullOrWhiteSpace(discrepancy.Reason), $"{where} gives no reason.");

                var field = fact.GetType().GetProperty(discrepancy.Field);
                Assert.True(field is not null && field.SetMethod is not null, $"{where}: {fact.GetType().Name} has no data field {discrepancy.Field}.");
                var recorded = CsvFormat.Render(field.GetValue(fact));
                Assert.True(recorded == discrepancy.Chosen, $"{where}: the choice is '{discrepancy.Chosen}' but the record holds '{recorded}'.");
            }
        }
    }

    [Fact]
    public void Every_note_of_the_report_is_cited_by_some_record()
    {
        var cited = RelationsDataset.Records.SelectMany(RecordGraph.Nodes).OfType<Citation>()
            .Where(c => c.Source == "rcsp-report" && c.Locator is not null)
            .Select(c => c.Locator!)
            .ToHashSet(StringComparer.Ordinal);
        var uncited = Enumerable.Range(1, 47).Select(n => $"[{n}]").Where(note => !cited.Contains(note));
        Assert.Empty(uncited);
    }

    private static string Key(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name}";

    private static IEnumerable<string> Ids(object? value) => value switch
    {
        null => [],
        string id => [id],
        IEnumerable ids => ids.Cast<string>(),
        _ => throw new InvalidOperationException($"[References] on a {value.GetType().Name}."),
    };

    private static string Set(IEnumerable<string> ids) => string.Join(",", ids.Order(StringComparer.Ordinal));

    private static string Normalise(string text) =>
        string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static void AssertUnique<T>(IEnumerable<T> records, Func<T, string> identity, string what)
        where T : IRecord
    {
        var shared = records.GroupBy(identity, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(r => r.Id))} share {what}: {g.Key}");
        Assert.Empty(shared);
    }
}
