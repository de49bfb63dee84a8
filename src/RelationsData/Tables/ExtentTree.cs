// This file is compiled into both the library and the source generator (netstandard2.0), so that the tree the
// generator stores with a table is the tree the date queries search.
using System;
using System.Collections.Generic;

namespace RelationsData;

/// <summary>
/// The implicit balanced tree over extents sorted by first day: the root of [low, high) is its middle, and each middle
/// keeps the latest last day of its subtree, so a search skips every subtree that ends before the day it looks for.
/// </summary>
internal static class ExtentTree
{
    /// <summary>The middle of [<paramref name="low"/>, <paramref name="high"/>): the root of that subtree.</summary>
    public static int Middle(int low, int high) => low + ((high - low) / 2);

    /// <summary>The latest last day of each subtree, at its middle, for last days given in order of first day.</summary>
    public static int[] MaxLastDays(IReadOnlyList<int> lastDays)
    {
        var max = new int[lastDays.Count];
        Fill(lastDays, max, 0, max.Length);
        return max;
    }

    private static int Fill(IReadOnlyList<int> lastDays, int[] max, int low, int high)
    {
        if (low >= high)
        {
            return int.MinValue;
        }

        var middle = Middle(low, high);
        max[middle] = Math.Max(lastDays[middle], Math.Max(Fill(lastDays, max, low, middle), Fill(lastDays, max, middle + 1, high)));
        return max[middle];
    }
}
