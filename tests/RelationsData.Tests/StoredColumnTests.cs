using System.Linq;

namespace RelationsData.Tests;

/// <summary>
/// The query columns the generator stores with each shipped fact table (sorted extents, dimensions, actors) equal what the built
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
        AssertSameExtents(computed.Extents, stored.Extents);

        // From its DecodeAfter-th query on, the stored index reads arrays decoded from the same data.
        for (var opened = 1; opened < ExtentIndex.DecodeAfter; opened++)
        {
            stored.Extents.Open();
        }

        AssertSameExtents(computed.Extents, stored.Extents);
        Assert.Equal(computed.Dimensions.OrderBy(d => d.Key), stored.Dimensions.OrderBy(d => d.Key));
        Assert.Equal(computed.Actors.OrderBy(a => a.Key, System.StringComparer.Ordinal), stored.Actors.OrderBy(a => a.Key, System.StringComparer.Ordinal));
    }

    private static void AssertSameExtents(ExtentIndex computed, ExtentIndex stored)
    {
        var expected = computed.Open();
        var actual = stored.Open();
        Assert.Equal(expected.ClosedPositions.ToArray(), actual.ClosedPositions.ToArray());
        Assert.Equal(expected.ClosedFirstDays.ToArray(), actual.ClosedFirstDays.ToArray());
        Assert.Equal(expected.ClosedLastDays.ToArray(), actual.ClosedLastDays.ToArray());
        Assert.Equal(expected.MaxLastDays.ToArray(), actual.MaxLastDays.ToArray());
        Assert.Equal(expected.ClosedLastDaysAscending.ToArray(), actual.ClosedLastDaysAscending.ToArray());
        Assert.Equal(expected.OpenPositions.ToArray(), actual.OpenPositions.ToArray());
        Assert.Equal(expected.OpenFirstDays.ToArray(), actual.OpenFirstDays.ToArray());
    }
}
