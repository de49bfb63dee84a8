// This file is compiled into both the library and the source generator (netstandard2.0), so that the numbers the
// generator writes in fixed width are the numbers the library reads (FixedDigits) and the generated tables read.
namespace RelationsData;

/// <summary>
/// How a generated table writes a number it must find without decoding the ones before it: in a fixed number of
/// digits, base 64, least significant first, each a printable character from '?' (0) to '~' (63).
/// </summary>
internal static class FixedDigitFormat
{
    /// <summary>The character of digit 0.</summary>
    public const char Zero = '?';

    /// <summary>The bits of one digit.</summary>
    public const int Bits = 6;

    /// <summary>How many digits the numbers from 0 to <paramref name="largest"/> take.</summary>
    public static int Width(long largest)
    {
        var width = 1;
        while (largest >> (Bits * width) != 0)
        {
            width++;
        }

        return width;
    }
}
