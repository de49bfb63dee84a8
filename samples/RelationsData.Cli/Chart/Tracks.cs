using System.Collections.Generic;
using System.Linq;

namespace RelationsData.Cli.Chart;

/// <summary>Rows of a lane, each holding x ranges that must not touch: marks and their labels.</summary>
internal sealed class Tracks
{
    private const double Gap = 4;
    private readonly List<List<(double From, double To)>> rows = [];

    public int Count => rows.Count;

    public bool IsFree(int row, double from, double to) => rows[row].All(taken => to + Gap <= taken.From || from >= taken.To + Gap);

    /// <summary>Puts a range in the first row where it fits, adding a row when none has room.</summary>
    /// <returns>The row.</returns>
    public int Place(double from, double to)
    {
        var row = Enumerable.Range(0, rows.Count).FirstOrDefault(r => IsFree(r, from, to), rows.Count);
        if (row == rows.Count)
        {
            rows.Add([]);
        }

        Occupy(row, from, to);
        return row;
    }

    public void Occupy(int row, double from, double to) => rows[row].Add((from, to));
}
