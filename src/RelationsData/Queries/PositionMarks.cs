using System;
using System.Numerics;
using System.Threading;

namespace RelationsData;

/// <summary>
/// One bit per position of an indexed array. A query marks the positions it matches in any order and reads them back in
/// array order, which is how fast paths return exactly what the LINQ definitions return without sorting.
/// Each index keeps one spare set, so a query that is not running beside another allocates none.
/// </summary>
internal sealed class PositionMarks
{
    private readonly ulong[] words;

    private PositionMarks(int positions) => words = new ulong[(positions + 63) >> 6];

    /// <summary>Takes the spare set of <paramref name="spare"/>, or makes one when another query holds it.</summary>
    public static PositionMarks Take(ref PositionMarks? spare, int positions) =>
        Interlocked.Exchange(ref spare, null) ?? new PositionMarks(positions);

    public void Mark(int position) => words[position >> 6] |= 1UL << position;

    /// <summary>The first marked position at or after <paramref name="from"/>, unmarked as it is read; -1 when none is left.</summary>
    public int TakeNext(int from)
    {
        for (var word = from >> 6; word < words.Length; word++)
        {
            var bits = words[word];
            if (bits != 0)
            {
                var position = (word << 6) + BitOperations.TrailingZeroCount(bits);
                words[word] = bits & (bits - 1);
                return position;
            }
        }

        return -1;
    }

    /// <summary>Clears what a query left unread and hands the set back as <paramref name="spare"/>.</summary>
    public void Release(ref PositionMarks? spare)
    {
        Array.Clear(words);
        Volatile.Write(ref spare, this);
    }
}
