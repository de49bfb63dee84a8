using System.Linq;
using System.Text;
using RelationsData.Generators.Emitting;

namespace RelationsData.Generators.Tests;

/// <summary>How long stored text is cut into the literals a table is compiled as.</summary>
public sealed class LiteralPartsTests
{
    [Fact]
    public void A_value_of_one_part_length_stays_whole()
    {
        var value = new StringBuilder(new string('d', LiteralParts.PartLength));
        Assert.Equal((0, LiteralParts.PartLength), Assert.Single(LiteralParts.Split(value)));
        Assert.Equal((0, 0), Assert.Single(LiteralParts.Split(new StringBuilder())));
    }

    [Fact]
    public void A_longer_value_is_cut_into_full_parts_and_a_rest()
    {
        var value = new StringBuilder(string.Concat(Enumerable.Range(0, (2 * LiteralParts.PartLength) + 5).Select(i => (char)('a' + (i % 26)))));
        var parts = LiteralParts.Split(value);
        Assert.Equal([LiteralParts.PartLength, LiteralParts.PartLength, 5], parts.Select(p => p.Length));
        Assert.Equal(value.ToString(), string.Concat(parts.Select(p => value.ToString(p.Start, p.Length))));
    }

    [Fact]
    public void A_cut_never_falls_between_the_halves_of_a_surrogate_pair()
    {
        // One letter, then pairs: the first cut would fall after a high surrogate.
        var value = new StringBuilder("a" + string.Concat(Enumerable.Repeat("\U0001F600", LiteralParts.PartLength)));
        var parts = LiteralParts.Split(value).Select(p => value.ToString(p.Start, p.Length)).ToList();
        Assert.Equal(value.ToString(), string.Concat(parts));
        Assert.All(parts, part =>
        {
            Assert.InRange(part.Length, 1, LiteralParts.PartLength);
            Assert.False(char.IsHighSurrogate(part[^1]));
            Assert.False(char.IsLowSurrogate(part[0]));
        });
    }
}
