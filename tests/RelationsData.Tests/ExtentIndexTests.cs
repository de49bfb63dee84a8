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
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtentIndex(() => "??"u8, at, width));

    [Fact]
    public void Counts_that_run_past_the_data_are_refused()
    {
        // Width 1: 'A' is 2 closed extents and '?' none open, so five columns of two digits should follow; none do.
        var error = Assert.Throws<ArgumentException>(() => new ExtentIndex(() => "A?"u8, 0, 1));
        Assert.Equal("digits", error.ParamName);
    }

    [Fact]
    public void Counts_that_fit_the_data_are_read()
    {
        // One closed extent (days 3 to 5, position 0) and none open: counts, then position, first, last, max last, last ascending.
        var index = new ExtentIndex(() => "@??BDDD"u8, 0, 1);
        var columns = index.Open();
        Assert.Equal([0], columns.ClosedPositions.ToArray());
        Assert.Equal([3], columns.ClosedFirstDays.ToArray());
        Assert.Equal([5], columns.ClosedLastDays.ToArray());
        Assert.Equal(0, columns.OpenFirstDays.Length);
    }
}
