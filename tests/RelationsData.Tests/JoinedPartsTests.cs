using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace RelationsData.Tests;

/// <summary>A large table's data in parts: each read gets the bytes of its range, and only the 4 KB blocks it touches are copied.</summary>
public sealed class JoinedPartsTests
{
    private const int Block = 4096;

    private static readonly byte[] Bytes = Enumerable.Range(0, 5 * Block).Select(i => (byte)('?' + (i * 7 % 64))).ToArray();

    // Parts of 1 to 3,000 bytes; the accessor counts the calls of each part.
    private static (JoinedParts Parts, List<int> Starts, int[] Calls) Cut(int seed)
    {
        var random = new Random(seed);
        var starts = new List<int> { 0 };
        while (starts[^1] < Bytes.Length)
        {
            starts.Add(Math.Min(Bytes.Length, starts[^1] + random.Next(1, 3001)));
        }

        var calls = new int[starts.Count - 1];
        var parts = new JoinedParts([.. starts], index =>
        {
            Interlocked.Increment(ref calls[index]);
            return Bytes.AsSpan(starts[index], starts[index + 1] - starts[index]);
        });
        return (parts, starts, calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_range_reads_its_bytes(int seed)
    {
        var (parts, _, _) = Cut(seed);
        var random = new Random(seed);
        Assert.Equal(Bytes.Length, parts.Length);
        for (var i = 0; i < 500; i++)
        {
            var at = random.Next(0, Bytes.Length);
            var length = random.Next(0, Math.Min(5000, Bytes.Length - at) + 1);
            Assert.True(parts.Read(at, length).Slice(at, length).SequenceEqual(Bytes.AsSpan(at, length)));
        }

        Assert.True(parts.Read(0, Bytes.Length).SequenceEqual(Bytes));
    }

    [Fact]
    public void A_read_copies_only_the_block_it_touches_once()
    {
        var (parts, starts, calls) = Cut(4);
        parts.Read((2 * Block) + 100, 1);
        parts.Read((2 * Block) + 3000, 50);
        parts.Read(0, 0);
        var touched = Enumerable.Range(0, calls.Length).Where(i => starts[i] < 3 * Block && starts[i + 1] > 2 * Block);
        Assert.Equal(touched, Enumerable.Range(0, calls.Length).Where(i => calls[i] > 0));
        Assert.All(calls, count => Assert.InRange(count, 0, 1));
    }

    [Fact]
    public void Many_threads_read_the_same_bytes()
    {
        var (parts, _, calls) = Cut(5);
        var wrong = 0;
        Parallel.For(0, 8, thread =>
        {
            var random = new Random(thread);
            for (var i = 0; i < 2000; i++)
            {
                var at = random.Next(0, Bytes.Length);
                var length = random.Next(0, Math.Min(300, Bytes.Length - at) + 1);
                if (!parts.Read(at, length).Slice(at, length).SequenceEqual(Bytes.AsSpan(at, length)))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });
        Assert.Equal(0, wrong);
        Assert.All(calls, count => Assert.True(count >= 1));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData((5 * Block) - 1, 2)]
    [InlineData(5 * Block, 1)]
    public void A_range_outside_the_data_is_refused(int at, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cut(6).Parts.Read(at, length));

    [Fact]
    public void Starts_that_name_no_part_begin_elsewhere_or_descend_are_refused()
    {
        StoredPart part = _ => "ab"u8;
        Assert.Throws<ArgumentException>(() => new JoinedParts([0], part));
        Assert.Throws<ArgumentException>(() => new JoinedParts([1, 2], part));
        Assert.Throws<ArgumentException>(() => new JoinedParts([0, 2, 1], part));
        Assert.Throws<ArgumentNullException>(() => new JoinedParts([0, 2], null!));
    }

    [Fact]
    public void A_part_of_the_wrong_length_is_an_error_when_read()
    {
        var parts = new JoinedParts([0, 2, 5], index => index == 0 ? "ab"u8 : "cd"u8);
        Assert.Throws<InvalidOperationException>(() => parts.Read(0, 1));
    }
}
