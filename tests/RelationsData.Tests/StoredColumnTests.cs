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
        var expected = computed.Extents.Open();
        var actual = stored.Extents.Open();
        Assert.Equal(Read(expected.ClosedPositions), Read(actual.ClosedPositions));
        Assert.Equal(Read(expected.ClosedFirstDays), Read(actual.ClosedFirstDays));
        Assert.Equal(Read(expected.ClosedLastDays), Read(actual.ClosedLastDays));
        Assert.Equal(Read(expected.MaxLastDays), Read(actual.MaxLastDays));
        Assert.Equal(Read(expected.ClosedLastDaysAscending), Read(actual.ClosedLastDaysAscending));
        Assert.Equal(Read(expected.OpenPositions), Read(actual.OpenPositions));
        Assert.Equal(Read(expected.OpenFirstDays), Read(actual.OpenFirstDays));
        Assert.Equal(computed.Dimensions.OrderBy(d => d.Key), stored.Dimensions.OrderBy(d => d.Key));
        Assert.Equal(computed.Actors.OrderBy(a => a.Key, System.StringComparer.Ordinal), stored.Actors.OrderBy(a => a.Key, System.StringComparer.Ordinal));
    }

    private static int[] Read(NumberColumn column)
    {
        var numbers = new int[column.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = column[i];
        }

        return numbers;
    }
}
