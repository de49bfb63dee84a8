using System;
using System.ComponentModel;
using System.Globalization;
using System.Threading;

namespace RelationsData;

/// <summary>
/// The data of a large generated table, compiled as several constant parts and copied part by part, as reads first
/// need them, into one array. The compiler turns a UTF-8 literal into one node per byte before it writes the bytes out,
/// so the generator splits a long literal into parts that the compiler handles one at a time: a million-record table
/// then builds within a few gigabytes (docs/benchmarks.md, "Compiler memory"). Copying only the parts a read touches
/// keeps a table's first lookup or count at O(log n) reads, as for a table of one part, which reads its literal in place.
/// </summary>
/// <remarks>
/// Safe from any thread: two threads that copy one part at once write the same bytes, and a part is marked copied only
/// once its bytes are in place. The array is allocated on the first read but not cleared, so the memory of the parts
/// never read is never touched.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JoinedParts
{
    private readonly int[] starts;
    private readonly StoredPart[] parts;
    private readonly bool[] copied;
    private byte[]? joined;

    /// <summary>Initializes the data from its parts, in order; nothing is read or allocated until <see cref="Read"/> is called.</summary>
    /// <param name="starts">Where each part starts in the data, then the data's length: one more than there are parts, ascending.</param>
    /// <param name="parts">The parts, each returning its constant bytes.</param>
    /// <exception cref="ArgumentNullException">One of the parts is null.</exception>
    /// <exception cref="ArgumentException">The starts are not one more than the parts, do not begin at 0, or descend.</exception>
    public JoinedParts(ReadOnlySpan<int> starts, ReadOnlySpan<StoredPart> parts)
    {
        if (starts.Length != parts.Length + 1 || starts[0] != 0)
        {
            throw new ArgumentException("Give where each part starts, from 0, and then the length of the data.", nameof(starts));
        }

        for (var i = 0; i < parts.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(parts[i], nameof(parts));
            if (starts[i + 1] < starts[i])
            {
                throw new ArgumentException("The starts of the parts must ascend.", nameof(starts));
            }
        }

        (this.starts, this.parts, copied) = (starts.ToArray(), parts.ToArray(), new bool[parts.Length]);
    }

    /// <summary>Gets the length of the data, all parts together.</summary>
    public int Length => starts[^1];

    /// <summary>Gets the data with the bytes of a range copied into place: positions in the span are positions in the data.</summary>
    /// <param name="at">Where the range starts.</param>
    /// <param name="length">How many bytes it holds.</param>
    /// <returns>The whole data, of which only the parts read so far are filled in.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the data.</exception>
    /// <exception cref="InvalidOperationException">A part is not as long as its start and the next say.</exception>
    public ReadOnlySpan<byte> Read(int at, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length - at);
        var bytes = Volatile.Read(ref joined) ?? Allocate();
        for (var part = PartOf(at); part < parts.Length && starts[part] < at + length; part++)
        {
            if (!Volatile.Read(ref copied[part]))
            {
                Copy(part, bytes);
            }
        }

        return bytes;
    }

    /// <summary>The part that holds the byte at <paramref name="at"/>: the last whose start is not after it.</summary>
    private int PartOf(int at)
    {
        var found = Array.BinarySearch(starts, 0, parts.Length, at);
        return found >= 0 ? found : ~found - 1;
    }

    private byte[] Allocate()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Length);
        return Interlocked.CompareExchange(ref joined, bytes, null) ?? bytes;
    }

    private void Copy(int part, byte[] bytes)
    {
        var source = parts[part]();
        if (source.Length != starts[part + 1] - starts[part])
        {
            throw new InvalidOperationException("Part " + part.ToString(CultureInfo.InvariantCulture) + " of the table's data is not as long as the table says.");
        }

        source.CopyTo(bytes.AsSpan(starts[part]));
        Volatile.Write(ref copied[part], true);
    }
}
