using System.Collections.Generic;

namespace RelationsData.Generators.Emitting;

/// <summary>Orders UTF-8 byte strings byte by byte, a prefix first: the order in which a table's ids are searched in place.</summary>
internal sealed class Utf8Order : IComparer<byte[]>
{
    public static readonly Utf8Order Instance = new();

    public int Compare(byte[]? x, byte[]? y)
    {
        var (left, right) = (x ?? [], y ?? []);
        for (var i = 0; i < left.Length && i < right.Length; i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
