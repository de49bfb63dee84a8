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

    // The words that may hold marks, so a narrow query reads and clears a few words, not the whole set.
    private int firstMarkedWord;
    private int endMarkedWord;

    private PositionMarks(int positions)
    {
        words = new ulong[(positions + 63) >> 6];
        firstMarkedWord = words.Length;
    }

    /// <summary>Takes the spare set of <paramref name="spare"/>, or makes one when another query holds it.</summary>
    public static PositionMarks Take(ref PositionMarks? spare, int positions) =>
        Interlocked.Exchange(ref spare, null) ?? new PositionMarks(positions);

    public void Mark(int position)
    {
        var word = position >> 6;
        words[word] |= 1UL << position;
        firstMarkedWord = Math.Min(firstMarkedWord, word);
        endMarkedWord = Math.Max(endMarkedWord, word + 1);
    }

    /// <summary>The first word that may hold a mark; word <c>w</c> holds positions 64w to 64w + 63.</summary>
    public int FirstMarkedWord => firstMarkedWord;

    /// <summary>One past the last word that may hold a mark.</summary>
    public int EndMarkedWord => endMarkedWord;

    /// <summary>Reads and unmarks one word: bit <c>b</c> set means position 64 × <paramref name="word"/> + b is marked.</summary>
    public ulong TakeWord(int word)
    {
        var bits = words[word];
        words[word] = 0;
        return bits;
    }

    /// <summary>Clears the marked words from <paramref name="firstUnread"/> on, which a query left unread, and hands the set back as <paramref name="spare"/>.</summary>
    public void Release(ref PositionMarks? spare, int firstUnread)
    {
        var from = Math.Max(firstUnread, firstMarkedWord);
        Array.Clear(words, from, Math.Max(endMarkedWord - from, 0));
        (firstMarkedWord, endMarkedWord) = (words.Length, 0);
        Volatile.Write(ref spare, this);
    }
}
