using System;
using System.ComponentModel;
using System.Globalization;
using System.Threading;

namespace RelationsData;

/// <summary>
/// The data of a large generated table, compiled as several constant parts and copied, 4 KB at a time as reads first
/// need them, into one array. The compiler turns a UTF-8 literal into one node per byte before it writes the bytes out,
/// so the generator splits a long literal into parts that the compiler handles one at a time: a million-record table
/// then builds within a few gigabytes (docs/benchmarks.md, "Compiler memory"). Copying only what a read touches keeps a
/// table's first lookup or count at O(log n) reads, as for a table of one part, which reads its literal in place.
/// </summary>
/// <remarks>
/// Safe from any thread: two threads that copy the same bytes at once write the same values, and a block is marked
/// copied only once its bytes are in place. The array is allocated on the first read but not cleared, so the memory of
/// the blocks never read is never touched.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JoinedParts
{
    private const int BlockBits = 12;

    private readonly int[] starts;
    private readonly StoredPart part;
    private readonly bool[] copied;
    private byte[]? joined;

    /// <summary>Initializes the data from its parts; nothing is read or allocated until <see cref="Read"/> is called.</summary>
    /// <param name="starts">Where each part starts in the data, from 0, then the data's length: one more than there are parts.</param>
    /// <param name="part">Returns part <c>i</c>, for <c>i</c> from 0 to the number of parts - 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    /// <exception cref="ArgumentException">The starts name no part, do not begin at 0, or descend.</exception>
    public JoinedParts(ReadOnlySpan<int> starts, StoredPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (starts.Length < 2 || starts[0] != 0)
        {
            throw new ArgumentException("Give where each part starts, from 0, and then the length of the data.", nameof(starts));
        }

        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                throw new ArgumentException("The starts of the parts must ascend.", nameof(starts));
            }
        }

        (this.starts, this.part) = (starts.ToArray(), part);
        copied = new bool[(Length + (1 << BlockBits) - 1) >> BlockBits];
    }

    /// <summary>Gets the length of the data, all parts together.</summary>
    public int Length => starts[^1];

    /// <summary>Gets the data with the bytes of a range copied into place: positions in the span are positions in the data.</summary>
    /// <param name="at">Where the range starts.</param>
    /// <param name="length">How many bytes it holds.</param>
    /// <returns>The whole data, of which only the blocks read so far are filled in.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the data.</exception>
    /// <exception cref="InvalidOperationException">A part is not as long as its start and the next say.</exception>
    public ReadOnlySpan<byte> Read(int at, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length - at);
        var bytes = Volatile.Read(ref joined) ?? Allocate();
        for (var block = at >> BlockBits; length > 0 && block <= (at + length - 1) >> BlockBits; block++)
        {
            if (!Volatile.Read(ref copied[block]))
            {
                Copy(block, bytes);
            }
        }

        return bytes;
    }

    private byte[] Allocate()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Length);
        return Interlocked.CompareExchange(ref joined, bytes, null) ?? bytes;
    }

    /// <summary>Copies one block from the parts it spans.</summary>
    private void Copy(int block, byte[] bytes)
    {
        var (from, to) = (block << BlockBits, Math.Min((block + 1) << BlockBits, Length));
        for (var index = PartOf(from); from < to; index++)
        {
            var source = part(index);
            if (source.Length != starts[index + 1] - starts[index])
            {
                throw new InvalidOperationException("Part " + index.ToString(CultureInfo.InvariantCulture) + " of the table's data is not as long as the table says.");
            }

            var end = Math.Min(to, starts[index + 1]);
            source.Slice(from - starts[index], end - from).CopyTo(bytes.AsSpan(from));
            from = end;
        }

        Volatile.Write(ref copied[block], true);
    }

    /// <summary>The part that holds the byte at <paramref name="at"/>: the last whose start is not after it.</summary>
    private int PartOf(int at)
    {
        var found = Array.BinarySearch(starts, 0, starts.Length - 1, at);
        return found >= 0 ? found : ~found - 1;
    }
}
