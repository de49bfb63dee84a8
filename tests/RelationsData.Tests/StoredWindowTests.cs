using System;

namespace RelationsData.Tests;

/// <summary>A reader's view of a table's data asks its table again only when a read leaves the span it holds.</summary>
public sealed class StoredWindowTests
{
    [Fact]
    public void Reads_within_the_last_span_make_no_call()
    {
        var calls = 0;
        var parts = new JoinedParts([0, 4, 8, 10], index => index switch { 0 => "?@AB"u8, 1 => "CDEF"u8, _ => "GH"u8 });
        StoredDigits source = (scoped ref int at, int length) =>
        {
            calls++;
            return parts.Read(ref at, length);
        };
        var window = new StoredWindow(source);
        Assert.Equal([0, 1, 2], new[] { window.Number(0, 1), window.Number(1, 1), window.Number(2, 1) });
        Assert.Equal(1, calls);
        Assert.Equal(5 + (6 * 64), window.Number(5, 2));
        Assert.Equal(2, calls);
        Assert.Equal("DEFG", System.Text.Encoding.ASCII.GetString(window.Slice(5, 4)));
        Assert.Equal(3, calls);
        Assert.Equal("E", System.Text.Encoding.ASCII.GetString(window.Slice(6, 1)));
        Assert.Equal(3, calls);
    }

    [Fact]
    public void A_literal_is_one_span_for_every_read()
    {
        var calls = 0;
        StoredDigits source = (scoped ref int _, int _) =>
        {
            calls++;
            return "?@ABCDEFGH"u8;
        };
        var window = new StoredWindow(source);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(i, window.Number(i, 1));
        }

        Assert.Equal(1, calls);
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoredWindow(source).Slice(9, 2).Length);
    }
}
