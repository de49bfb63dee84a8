using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace RelationsData;

/// <summary>
/// The data of a large generated table, compiled as several constant parts. The compiler turns a UTF-8 literal into one
/// node per byte before it writes the bytes out, so the generator splits a long literal into parts that the compiler
/// handles one at a time: a million-record table then builds within a few gigabytes (docs/benchmarks.md, "Compiler
/// memory"). A read within one part reads that part in place, as a table of one part reads its literal; a read across
/// parts, which is rare but for whole columns and sections, gets a copy of its range.
/// </summary>
/// <remarks>
/// Each part must be memory that never moves, as constant data compiled into an assembly is: its address is kept after
/// its first read. Safe from any thread: threads that find a part's address at once find the same one.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JoinedParts
{
    private readonly int[] starts;
    private readonly StoredPart part;
    private readonly nint[] addresses;

    // When every part but the last is 2^shift bytes long, as the generator cuts ASCII data, part i starts at i << shift.
    private readonly int shift = -1;

    /// <summary>Initializes the data from its parts; nothing is read or allocated until <see cref="Read"/> is called.</summary>
    /// <param name="starts">Where each part starts in the data, from 0, then the data's length: one more than there are parts.</param>
    /// <param name="part">Returns part <c>i</c>, for <c>i</c> from 0 to the number of parts - 1, in memory that never moves.</param>
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

        (this.starts, this.part, addresses) = (starts.ToArray(), part, new nint[starts.Length - 1]);
        var first = this.starts[1];
        if (first > 0 && (first & (first - 1)) == 0 && Enumerable.Range(1, addresses.Length - 1).All(i => this.starts[i] == i * first))
        {
            shift = BitOperations.Log2((uint)first);
        }
    }

    /// <summary>Gets the length of the data, all parts together.</summary>
    public int Length => starts[^1];

    /// <summary>Gets a span that holds a range of the data, and where the range starts in it.</summary>
    /// <param name="at">Where the range starts in the data; on return, where it starts in the span.</param>
    /// <param name="length">How many bytes the range holds.</param>
    /// <returns>The part that holds the range, or for a range across parts a copy of the range alone.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the data.</exception>
    /// <exception cref="InvalidOperationException">A part is not as long as its start and the next say.</exception>
    public ReadOnlySpan<byte> Read(scoped ref int at, int length)
    {
        if ((uint)at > (uint)Length || (uint)length > (uint)(Length - at))
        {
            ThrowOutside(at, length);
        }

        var index = PartOf(at);
        if (at + length <= starts[index + 1])
        {
            at -= starts[index];
            return Part(index);
        }

        var copy = new byte[length];
        for (var (from, end) = (at, at + length); from < end; index++)
        {
            var until = Math.Min(end, starts[index + 1]);
            Part(index).Slice(from - starts[index], until - from).CopyTo(copy.AsSpan(from - at));
            from = until;
        }

        at = 0;
        return copy;
    }

    private static void ThrowOutside(int at, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        throw new ArgumentOutOfRangeException(nameof(length), "The range runs past the end of the table's data.");
    }

    /// <summary>The part that holds the byte at <paramref name="at"/>: by a shift when the parts are cut evenly, else by a search.</summary>
    private int PartOf(int at)
    {
        if (shift >= 0)
        {
            return Math.Min(at >> shift, addresses.Length - 1);
        }

        var found = Array.BinarySearch(starts, 0, addresses.Length, at);
        return found >= 0 ? found : ~found - 1;
    }

    private unsafe ReadOnlySpan<byte> Part(int index)
    {
        var length = starts[index + 1] - starts[index];
        var address = Volatile.Read(ref addresses[index]);
        if (address == 0)
        {
            var source = part(index);
            if (source.Length != length)
            {
                throw new InvalidOperationException("Part " + index.ToString(CultureInfo.InvariantCulture) + " of the table's data is not as long as the table says.");
            }

            // Constant data lives in its assembly's image, which never moves and stays loaded while this table can be reached.
            address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(source));
            Volatile.Write(ref addresses[index], address);
        }

        return new ReadOnlySpan<byte>((void*)address, length);
    }
}
