using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace RelationsData;

/// <summary>
/// Reads a number that a generated table stores in fixed width, so that the n-th of a column is read in place without
/// decoding the others. Generated code calls this; application code has no use for it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FixedDigits
{
    /// <summary>Reads the number whose <paramref name="width"/> digits start at <paramref name="at"/>.</summary>
    /// <param name="digits">The table's data.</param>
    /// <param name="at">Where the number's first (least significant) digit is.</param>
    /// <param name="width">How many digits the number has.</param>
    /// <returns>The number.</returns>
    /// <exception cref="IndexOutOfRangeException">The digits run past the end of <paramref name="digits"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<byte> digits, int at, int width)
    {
        var value = 0;
        for (var i = at + width - 1; i >= at; i--)
        {
            value = (value << FixedDigitFormat.Bits) | (digits[i] - FixedDigitFormat.Zero);
        }

        return value;
    }
}
