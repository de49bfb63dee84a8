using System.Linq;

namespace RelationsData.Tests;

/// <summary>
/// The query columns the generator stores with each shipped fact table (days, dimensions, actors, days in order) equal what the built
/// records compute, so an indexed query answers exactly as a scan of the records would.
/// </summary>
public sealed class StoredColumnTests
{
    [Fact]
    public void Every_fact_table_stores_the_columns_its_records_compute()
    {
        AssertStoredColumnsMatch(Treaties.All);
        AssertStoredColumnsMatch(Memberships.All);
        AssertStoredColumnsMatch(Events.All);
        AssertStoredColumnsMatch(Eras.All);
        AssertStoredColumnsMatch(Corridors.All);
        AssertStoredColumnsMatch(Scenarios.All);
        AssertStoredColumnsMatch(Statistics.All);
    }

    [Fact]
    public void Every_fact_kind_of_the_dataset_has_a_test_above()
    {
        var factKinds = RelationsDataset.Dataset.Kinds.Where(k => typeof(Fact).IsAssignableFrom(k.RecordType)).Select(k => k.Name);
        Assert.Equal(["treaties", "memberships", "events", "eras", "corridors", "scenarios", "statistics"], factKinds);
    }

    private static void AssertStoredColumnsMatch<T>(RecordTable<T> table)
        where T : Fact
    {
        var stored = table.ReadFactColumns();
        Assert.NotNull(stored);
        var computed = FactColumns.Of(table.ToArray());
        Assert.Equal(computed.FirstDays, stored.FirstDays);
        Assert.Equal(computed.LastDays, stored.LastDays);
        Assert.Equal(computed.Dimensions, stored.Dimensions);
        Assert.Equal(computed.ClosedFirstDays, stored.ClosedFirstDays);
        Assert.Equal(computed.OpenFirstDays, stored.OpenFirstDays);
        Assert.Equal(computed.ClosedLastDays, stored.ClosedLastDays);
        Assert.Equal(computed.Actors.OrderBy(a => a.Key, System.StringComparer.Ordinal), stored.Actors.OrderBy(a => a.Key, System.StringComparer.Ordinal));
    }
}
