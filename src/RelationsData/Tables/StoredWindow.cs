using System;
using System.ComponentModel;

namespace RelationsData;

/// <summary>
/// A reader's view of a generated table's data: the last span the table returned for a range and where that span
/// starts in the data, so that reads falling within it make no call. A table stored as one literal returns all of it
/// on the first read; a large one returns the part that holds the range (<see cref="JoinedParts"/>), so a binary search,
/// whose steps close in on one place, asks for a new span only now and then. Generated code uses this.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct StoredWindow
{
    private readonly StoredDigits source;
    private ReadOnlySpan<byte> span;
    private int start;

    /// <summary>Initializes a view of the data <paramref name="source"/> returns, holding nothing yet.</summary>
    /// <param name="source">Returns a span that holds a range of the table's data.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public StoredWindow(StoredDigits source)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
    }

    /// <summary>Gets the bytes of a range of the data.</summary>
    /// <param name="at">Where the range starts in the data.</param>
    /// <param name="length">How many bytes it holds.</param>
    /// <returns>The range's bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the data.</exception>
    public ReadOnlySpan<byte> Slice(int at, int length)
    {
        if (at < start || length > span.Length - (at - start))
        {
            var local = at;
            span = source(ref local, length);
            start = at - local;
        }

        return span.Slice(at - start, length);
    }

    /// <summary>Reads the number of <paramref name="width"/> fixed-width digits at a position of the data (<see cref="FixedDigits"/>).</summary>
    /// <param name="at">Where the number starts in the data.</param>
    /// <param name="width">How many digits it has.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The digits run past the end of the data.</exception>
    public int Number(int at, int width) => FixedDigits.Read(Slice(at, width), 0, width);
}
