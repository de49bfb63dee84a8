using System;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>A generated table read by position, by id and in order gives one instance per record, and nothing outside it.</summary>
public sealed class RecordTableTests
{
    [Fact]
    public void Positions_ids_and_enumeration_agree_on_every_record()
    {
        var table = Events.All;
        var enumerated = table.ToList();
        Assert.Equal(table.Count, enumerated.Count);
        for (var i = 0; i < table.Count; i++)
        {
            Assert.Same(enumerated[i], table[i]);
            Assert.True(table.TryGet(table[i].Id, out var found));
            Assert.Same(table[i], found);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-such-event")]
    [InlineData("~")]
    [InlineData("\uD800")]
    [InlineData("caf\u00E9")]
    public void An_unknown_id_finds_nothing(string id)
    {
        Assert.False(Events.All.TryGet(id, out var found));
        Assert.Null(found);
    }

    [Fact]
    public void An_id_longer_than_any_stored_finds_nothing_and_a_known_one_after_it_still_does()
    {
        Assert.False(Events.All.TryGet(new string('a', 1000), out _));
        Assert.True(Events.All.TryGet(Events.All[0].Id, out _));
    }

    [Fact]
    public void A_position_outside_the_table_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Events.All[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Events.All[Events.All.Count]);
    }
}
