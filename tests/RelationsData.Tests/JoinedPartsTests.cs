using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace RelationsData.Tests;

/// <summary>
/// A large table's data in parts: a read within a part reads it in place, a read across parts reads a copy of its range,
/// and either way the span holds the range's bytes where the read is told they start.
/// </summary>
public sealed class JoinedPartsTests
{
    // The data is five units long; reads are placed by unit.
    private const int Unit = 4096;

    // Parts must not move, as constant data compiled into an assembly does not: the test's bytes are pinned.
    private static readonly byte[] Bytes = MakeBytes(5 * Unit);

    private static byte[] MakeBytes(int length)
    {
        var bytes = GC.AllocateArray<byte>(length, pinned: true);
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)('?' + (i * 7 % 64));
        }

        return bytes;
    }

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

    private static bool ReadsBytes(JoinedParts parts, int at, int length)
    {
        var from = at;
        var span = parts.Read(ref from, length);
        return span.Slice(from, length).SequenceEqual(Bytes.AsSpan(at, length));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_range_reads_its_bytes(int seed)
    {
        var (parts, _, calls) = Cut(seed);
        var random = new Random(seed);
        Assert.Equal(Bytes.Length, parts.Length);
        for (var i = 0; i < 500; i++)
        {
            var at = random.Next(0, Bytes.Length + 1);
            Assert.True(ReadsBytes(parts, at, random.Next(0, Math.Min(5000, Bytes.Length - at) + 1)));
        }

        Assert.True(ReadsBytes(parts, 0, Bytes.Length));
        Assert.All(calls, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_read_within_a_part_is_that_part_in_place()
    {
        var (parts, starts, calls) = Cut(4);
        var index = starts.FindIndex(start => start > 2 * Unit) - 1;
        var at = starts[index] + 1;
        var span = parts.Read(ref at, 1);
        Assert.Equal(1, at);
        Assert.Equal(starts[index + 1] - starts[index], span.Length);
        Assert.Equal(1, calls.Sum());
    }

    [Fact]
    public void A_read_across_parts_is_a_copy_of_its_range_alone()
    {
        var (parts, starts, calls) = Cut(5);
        var boundary = starts.First(start => start > 2 * Unit);
        var at = boundary - 1;
        var span = parts.Read(ref at, 2);
        Assert.Equal((0, 2), (at, span.Length));
        Assert.True(span.SequenceEqual(Bytes.AsSpan(boundary - 1, 2)));
        Assert.Equal(2, calls.Sum());
        Assert.Equal(1, calls[starts.IndexOf(boundary)]);
    }

    [Fact]
    public void Many_threads_read_the_same_bytes()
    {
        var (parts, _, calls) = Cut(6);
        var wrong = 0;
        Parallel.For(0, 8, thread =>
        {
            var random = new Random(thread);
            for (var i = 0; i < 2000; i++)
            {
                var at = random.Next(0, Bytes.Length);
                if (!ReadsBytes(parts, at, random.Next(0, Math.Min(300, Bytes.Length - at) + 1)))
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
    [InlineData((5 * Unit) - 1, 2)]
    [InlineData((5 * Unit) + 1, 0)]
    public void A_range_outside_the_data_is_refused(int at, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cut(7).Parts.Read(ref at, length).Length);

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
        var at = 0;
        Assert.Equal((byte)'a', parts.Read(ref at, 1)[at]);
        at = 3;
        Assert.Throws<InvalidOperationException>(() => parts.Read(ref at, 1).Length);
    }
}
