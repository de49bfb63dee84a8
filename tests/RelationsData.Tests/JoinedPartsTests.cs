using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace RelationsData.Tests;

/// <summary>A large table's data in parts: each read gets the bytes of its range, and only the parts it touches are copied.</summary>
public sealed class JoinedPartsTests
{
    private static readonly byte[] Bytes = Enumerable.Range(0, 1000).Select(i => (byte)('?' + (i * 7 % 64))).ToArray();

    // Parts of 1 to 97 bytes; each part's accessor counts its calls.
    private static (JoinedParts Parts, int[] Calls) Cut(int seed)
    {
        var random = new Random(seed);
        var starts = new List<int> { 0 };
        while (starts[^1] < Bytes.Length)
        {
            starts.Add(Math.Min(Bytes.Length, starts[^1] + random.Next(1, 98)));
        }

        var calls = new int[starts.Count - 1];
        var parts = Enumerable.Range(0, calls.Length)
            .Select(i => (StoredPart)(() =>
            {
                Interlocked.Increment(ref calls[i]);
                return Bytes.AsSpan(starts[i], starts[i + 1] - starts[i]);
            }))
            .ToArray();
        return (new JoinedParts([.. starts], parts), calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_range_reads_its_bytes_and_copies_each_part_once(int seed)
    {
        var (parts, calls) = Cut(seed);
        var random = new Random(seed);
        Assert.Equal(Bytes.Length, parts.Length);
        for (var i = 0; i < 500; i++)
        {
            var at = random.Next(0, Bytes.Length);
            var length = random.Next(0, Math.Min(120, Bytes.Length - at) + 1);
            Assert.True(parts.Read(at, length).Slice(at, length).SequenceEqual(Bytes.AsSpan(at, length)));
        }

        Assert.All(calls, count => Assert.InRange(count, 0, 1));
        Assert.True(parts.Read(0, Bytes.Length).SequenceEqual(Bytes));
        Assert.All(calls, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_read_copies_only_the_parts_its_range_touches()
    {
        var (parts, calls) = Cut(4);
        parts.Read(500, 1);
        Assert.Equal(1, calls.Sum());
        parts.Read(0, 0);
        Assert.Equal(1, calls.Sum());
    }

    [Fact]
    public void Many_threads_read_the_same_bytes()
    {
        var (parts, calls) = Cut(5);
        var wrong = 0;
        Parallel.For(0, 8, thread =>
        {
            var random = new Random(thread);
            for (var i = 0; i < 2000; i++)
            {
                var at = random.Next(0, Bytes.Length);
                var length = random.Next(0, Bytes.Length - at + 1);
                if (!parts.Read(at, length).Slice(at, length).SequenceEqual(Bytes.AsSpan(at, length)))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });
        Assert.Equal(0, wrong);
        Assert.All(calls, count => Assert.InRange(count, 1, 8));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData(999, 2)]
    [InlineData(1000, 1)]
    public void A_range_outside_the_data_is_refused(int at, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cut(6).Parts.Read(at, length));

    [Fact]
    public void Starts_that_do_not_match_the_parts_are_refused()
    {
        StoredPart part = () => "ab"u8;
        Assert.Throws<ArgumentException>(() => new JoinedParts([0, 2], [part, part]));
        Assert.Throws<ArgumentException>(() => new JoinedParts([1, 2], [part]));
        Assert.Throws<ArgumentException>(() => new JoinedParts([0, 2, 1], [part, part]));
        Assert.Throws<ArgumentException>(() => new JoinedParts([], []));
        Assert.Throws<ArgumentNullException>(() => new JoinedParts([0, 2], [null!]));
    }

    [Fact]
    public void A_part_of_the_wrong_length_is_an_error_when_read()
    {
        var parts = new JoinedParts([0, 2, 5], [() => "ab"u8, () => "cd"u8]);
        Assert.Equal("ab", System.Text.Encoding.ASCII.GetString(parts.Read(0, 2)[..2]));
        Assert.Throws<InvalidOperationException>(() => parts.Read(2, 1));
    }
}
