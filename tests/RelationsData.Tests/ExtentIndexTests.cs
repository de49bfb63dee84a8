using System;

namespace RelationsData.Tests;

/// <summary>A stored extent index refuses a layout that does not fit its table's data, at once rather than on a query.</summary>
public sealed class ExtentIndexTests
{
    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    [InlineData(0, 6)]
    public void A_position_or_width_out_of_range_is_refused(int at, int width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtentIndex((scoped ref int _, int _) => "??"u8, at, width));

    [Fact]
    public void Counts_that_run_past_the_data_are_refused()
    {
        // Width 1: 'A' is 2 closed extents and '?' none open, so five columns of two digits should follow; none do.
        var error = Assert.Throws<ArgumentException>(() => new ExtentIndex((scoped ref int _, int _) => "A?"u8, 0, 1));
        Assert.Equal("digits", error.ParamName);
    }

    [Fact]
    public void Counts_that_fit_the_data_are_read()
    {
        // One closed extent (days 3 to 5, position 0) and none open: counts, then position, first, last, max last, last ascending.
        var index = new ExtentIndex((scoped ref int _, int _) => "@??BDDD"u8, 0, 1);
        var columns = index.Open();
        Assert.Equal([0], columns.ClosedPositions.ToArray());
        Assert.Equal([3], columns.ClosedFirstDays.ToArray());
        Assert.Equal([5], columns.ClosedLastDays.ToArray());
        Assert.Equal(0, columns.OpenFirstDays.Length);
    }

    [Fact]
    public void An_index_over_parts_reads_numbers_that_straddle_them()
    {
        // The layout above at width 2 (least significant digit first), cut so that a count and a column's number straddle parts.
        var parts = new JoinedParts([0, 3, 9, 14], index => index switch { 0 => "@??"u8, 1 => "???B?D"u8, _ => "?D?D?"u8 });
        var columns = new ExtentIndex(parts.Read, 0, 2).Open();
        Assert.Equal([0], columns.ClosedPositions.ToArray());
        Assert.Equal([3], columns.ClosedFirstDays.ToArray());
        Assert.Equal([5], columns.ClosedLastDays.ToArray());
        Assert.Equal(5, columns.MaxLastDays[0]);
        Assert.Equal(5, columns.ClosedLastDaysAscending[0]);
    }
}
