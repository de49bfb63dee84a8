using System.Collections.Generic;
using System.Text;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// Splits a table's stored text into the UTF-8 literals it is compiled as. The compiler lowers a UTF-8 literal to one
/// bound node per byte (about 110 bytes of memory each) before writing the bytes out, and holds a method's nodes at
/// once, so a literal of 80 MB would cost it about 9 GB; parts of <see cref="PartLength"/> characters cost it a few
/// megabytes each, one method at a time. The library's <c>JoinedParts</c> gives a read the part that holds its range.
/// </summary>
internal static class LiteralParts
{
    /// <summary>The most characters in one literal: a table's data up to this length stays one literal, read in place.</summary>
    public const int PartLength = 1 << 17;

    /// <summary>Cuts a value into parts of at most <see cref="PartLength"/> characters, never between a surrogate pair's halves.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Where each part starts in the value and how long it is, in order: one part when the value is short enough.</returns>
    public static IReadOnlyList<(int Start, int Length)> Split(StringBuilder value)
    {
        var parts = new List<(int Start, int Length)>();
        for (var start = 0; start < value.Length || parts.Count == 0;)
        {
            var length = System.Math.Min(PartLength, value.Length - start);
            if (start + length < value.Length && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            parts.Add((start, length));
            start += length;
        }

        return parts;
    }
}
