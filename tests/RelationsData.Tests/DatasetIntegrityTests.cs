using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace RelationsData.Tests;

/// <summary>The shipped dataset loads, its ids are unique, every fact is cited, and every reference resolves.</summary>
public sealed class DatasetIntegrityTests
{
    [Fact]
    public void Every_table_loads_and_counts_match()
    {
        Assert.All(typeof(IRecord).Assembly.GetTypes().Where(t => t.IsDefined(typeof(DatasetTableAttribute), inherit: false)), table =>
            Assert.Equal(table.GetProperty("Count")!.GetValue(null), KindTables.Get(table.GetCustomAttribute<DatasetTableAttribute>()!.Key).Count));
        Assert.All(AllRecords(), record => Assert.False(string.IsNullOrWhiteSpace(record.Id)));
    }

    [Fact]
    public void Ids_are_unique_across_all_tables()
    {
        var duplicates = AllRecords().GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_fact_and_actor_is_cited_and_every_citation_names_a_source()
    {
        var citations = AllFacts().SelectMany(f => f.Citations.Select(c => (f.Id, c)))
            .Concat(Actors.All.SelectMany(a => a.Citations.Select(c => (a.Id, c))))
            .Concat(AllFacts().SelectMany(f => f.Discrepancies.SelectMany(d => d.Claims).SelectMany(c => c.Citations).Select(c => (f.Id, c))))
            .ToList();
        Assert.All(AllFacts(), fact => Assert.NotEmpty(fact.Citations));
        Assert.All(Actors.All, actor => Assert.NotEmpty(actor.Citations));
        Assert.All(citations, pair => Assert.True(Sources.TryGet(pair.c.Source, out _), $"{pair.Id} cites unknown source {pair.c.Source}"));
    }

    [Fact]
    public void Lookups_by_id_return_the_records_of_All()
    {
        foreach (var treaty in Treaties.All)
        {
            Assert.Same(treaty, Treaties.Get(treaty.Id));
        }

        Assert.False(Treaties.TryGet("no-such-treaty", out var missing));
        Assert.Null(missing);
        Assert.Throws<KeyNotFoundException>(() => Events.Get("no-such-event"));
    }

    [Fact]
    public void Records_are_in_chronological_order()
    {
        AssertOrdered(Treaties.All.Select(t => t.Signed.Start));
        AssertOrdered(Events.All.Select(e => e.When.FirstDay));
        AssertOrdered(Memberships.All.Select(m => m.Span.FirstDay));
        AssertOrdered(Eras.All.Select(e => e.Span.FirstDay));
    }

    private static void AssertOrdered(IEnumerable<NodaTime.LocalDate> days)
    {
        var list = days.ToList();
        Assert.Equal(list.OrderBy(d => d), list);
    }

    internal static IEnumerable<IRecord> AllRecords() => KindTables.All.SelectMany(t => t.Records);

    internal static IEnumerable<Fact> AllFacts() => KindTables.Facts.SelectMany(t => t.Facts);
}
