using System;
using System.Threading;

namespace RelationsData;

/// <summary>
/// One bit per position of an indexed array. A query marks the positions it matches in any order and reads them back,
/// word by word, in array order, which is how fast paths return exactly what the LINQ definitions return without sorting.
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

    /// <summary>How many 64-position words the set holds; word <c>w</c> holds positions 64w to 64w + 63.</summary>
    public int WordCount => words.Length;

    /// <summary>Reads and unmarks one word: bit <c>b</c> set means position 64 × <paramref name="word"/> + b is marked.</summary>
    public ulong TakeWord(int word)
    {
        var bits = words[word];
        words[word] = 0;
        return bits;
    }

    /// <summary>Clears the words from <paramref name="firstUnread"/> on, which a query left unread, and hands the set back as <paramref name="spare"/>.</summary>
    public void Release(ref PositionMarks? spare, int firstUnread)
    {
        Array.Clear(words, firstUnread, Math.Max(words.Length - firstUnread, 0));
        Volatile.Write(ref spare, this);
    }
}
