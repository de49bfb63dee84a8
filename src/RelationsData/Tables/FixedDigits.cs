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
    private const int Bits = FixedDigitFormat.Bits;

    /// <summary>Reads the number whose <paramref name="width"/> digits start at <paramref name="at"/>.</summary>
    /// <param name="digits">The table's data.</param>
    /// <param name="at">Where the number's first (least significant) digit is.</param>
    /// <param name="width">How many digits the number has.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The digits run past the end of <paramref name="digits"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<byte> digits, int at, int width)
    {
        // One bounds check, then the digits without a loop for the widths tables use (a loop the JIT cannot unroll).
        var number = digits.Slice(at, width);
        return width switch
        {
            4 => Digit(number[0]) | (Digit(number[1]) << Bits) | (Digit(number[2]) << (2 * Bits)) | (Digit(number[3]) << (3 * Bits)),
            5 => Digit(number[0]) | (Digit(number[1]) << Bits) | (Digit(number[2]) << (2 * Bits)) | (Digit(number[3]) << (3 * Bits)) | (Digit(number[4]) << (4 * Bits)),
            _ => ReadAny(number),
        };
    }

    private static int ReadAny(ReadOnlySpan<byte> number)
    {
        var value = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            value = (value << Bits) | Digit(number[i]);
        }

        return value;
    }

    private static int Digit(byte digit) => digit - FixedDigitFormat.Zero;
}
