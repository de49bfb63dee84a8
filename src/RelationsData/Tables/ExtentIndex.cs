using System;
using System.ComponentModel;
using System.Linq;
using System.Threading;

namespace RelationsData;

/// <summary>
/// The extents of a table's facts sorted as the date queries search them. Facts with a last day are sorted by first day,
/// with an implicit balanced tree that keeps the latest last day of each subtree, so an overlap or point query visits
/// O(k log n) of them at worst for k results. Open-ended facts are kept apart, sorted by first day: in the tree they would
/// make every subtree that holds one look as if it reached forever. Undated facts are in neither.
/// A generated table stores it sorted and the first queries read it in place, so opening it costs nothing; from its
/// <see cref="DecodeAfter"/>th query on, it reads arrays decoded once, as fast as an index built at run time. For any
/// other array of facts it is sorted on the first query.
/// </summary>
/// <remarks>
/// Days are numbered as <see cref="DateOnly.DayNumber"/> does (0 is 0001-01-01). The stored form is two numbers, how many
/// extents have an end and how many are open-ended, then seven columns: of the closed extents in order of first day,
/// their positions in the table, first days, last days, and the tree's latest last days; their last days in ascending
/// order; of the open-ended extents in order of first day, their positions and first days.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ExtentIndex
{
    /// <summary>How many queries read a stored index in place before it is decoded into arrays.</summary>
    internal const int DecodeAfter = 16;

    private readonly StoredDigits? stored;
    private readonly int columnsAt;
    private readonly int width;

    // Empty while a stored index is read in place; set once, whole, by the query that decodes it.
    private volatile int[][] arrays = [];
    private int opens;

    /// <summary>Initializes the index of a generated table, read in place from its data.</summary>
    /// <param name="digits">Returns a span that holds each range of the table's data the index reads (<see cref="StoredDigits"/>).</param>
    /// <param name="at">Where the index starts in the data.</param>
    /// <param name="width">How many digits each number has (<see cref="FixedDigits"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is negative, or <paramref name="width"/> is not from 1 to 5.</exception>
    /// <exception cref="ArgumentException">The data ends before the index does (an <see cref="ArgumentOutOfRangeException"/> when the data itself refuses the range).</exception>
    public ExtentIndex(StoredDigits digits, int at, int width)
    {
        ArgumentNullException.ThrowIfNull(digits);
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 5);
        var countsAt = at;
        var counts = digits(ref countsAt, 2 * width);
        ClosedCount = FixedDigits.Read(counts, countsAt, width);
        OpenCount = FixedDigits.Read(counts, countsAt + width, width);
        (stored, columnsAt, this.width) = (digits, at + (2 * width), width);

        // Its last byte must be in the data: parts of a large table refuse a range past their end, and a literal shows its length.
        var end = columnsAt + (((5L * ClosedCount) + (2L * OpenCount)) * width);
        var last = (int)Math.Min(end - 1, int.MaxValue);
        if (end > int.MaxValue || (end > columnsAt && !Holds(digits(ref last, 1), last)))
        {
            throw new ArgumentException("The table's data ends before its extent index does.", nameof(digits));
        }
    }

    private static bool Holds(ReadOnlySpan<byte> data, int at) => at < data.Length;

    private ExtentIndex(int[] closed, int[] open, int[] firstDays, int[] lastDays)
    {
        var closedLastDays = closed.Select(i => lastDays[i]).ToArray();
        var lastAscending = closedLastDays.ToArray();
        Array.Sort(lastAscending);
        arrays =
        [
            closed,
            closed.Select(i => firstDays[i]).ToArray(),
            closedLastDays,
            ExtentTree.MaxLastDays(closedLastDays),
            lastAscending,
            open,
            open.Select(i => firstDays[i]).ToArray(),
        ];
        (ClosedCount, OpenCount) = (closed.Length, open.Length);
    }

    /// <summary>Gets how many extents have an end.</summary>
    internal int ClosedCount { get; }

    /// <summary>Gets how many extents are open-ended.</summary>
    internal int OpenCount { get; }

    /// <summary>Sorts the extents of facts given by position: <see cref="FactColumns.Undated"/> as both days of an undated fact, <see cref="DayNumber.OpenEnd"/> as an open end.</summary>
    internal static ExtentIndex Of(int[] firstDays, int[] lastDays)
    {
        // Stable sorts by first day, as the generator sorts: generated tables are already in chronological order.
        var closed = Enumerable.Range(0, firstDays.Length).Where(i => lastDays[i] is not (FactColumns.Undated or DayNumber.OpenEnd)).OrderBy(i => firstDays[i]).ToArray();
        var open = Enumerable.Range(0, firstDays.Length).Where(i => lastDays[i] == DayNumber.OpenEnd).OrderBy(i => firstDays[i]).ToArray();
        return new ExtentIndex(closed, open, firstDays, lastDays);
    }

    /// <summary>
    /// Opens the columns for one query: a stored index is read in place, from the data its table returns now, until its
    /// <see cref="DecodeAfter"/>th query decodes it into arrays in one pass.
    /// </summary>
    internal Columns Open()
    {
        if (arrays.Length == 0 && Interlocked.Increment(ref opens) == DecodeAfter)
        {
            arrays = Decode(new Columns(this));
        }

        return new(this);
    }

    private static int[][] Decode(Columns columns) =>
    [
        columns.ClosedPositions.ToArray(),
        columns.ClosedFirstDays.ToArray(),
        columns.ClosedLastDays.ToArray(),
        columns.MaxLastDays.ToArray(),
        columns.ClosedLastDaysAscending.ToArray(),
        columns.OpenPositions.ToArray(),
        columns.OpenFirstDays.ToArray(),
    ];

    /// <summary>The index's columns during one query.</summary>
    internal readonly ref struct Columns
    {
        public Columns(ExtentIndex index)
        {
            if (index.arrays.Length == 0 && index.stored is { } stored)
            {
                var (at, width) = (index.columnsAt, index.width);
                ClosedPositions = Next(stored, ref at, width, index.ClosedCount);
                ClosedFirstDays = Next(stored, ref at, width, index.ClosedCount);
                ClosedLastDays = Next(stored, ref at, width, index.ClosedCount);
                MaxLastDays = Next(stored, ref at, width, index.ClosedCount);
                ClosedLastDaysAscending = Next(stored, ref at, width, index.ClosedCount);
                OpenPositions = Next(stored, ref at, width, index.OpenCount);
                OpenFirstDays = Next(stored, ref at, width, index.OpenCount);
            }
            else
            {
                var arrays = index.arrays;
                ClosedPositions = new(arrays[0]);
                ClosedFirstDays = new(arrays[1]);
                ClosedLastDays = new(arrays[2]);
                MaxLastDays = new(arrays[3]);
                ClosedLastDaysAscending = new(arrays[4]);
                OpenPositions = new(arrays[5]);
                OpenFirstDays = new(arrays[6]);
            }
        }

        /// <summary>Gets the positions of the extents with an end, in ascending order of first day.</summary>
        public NumberColumn ClosedPositions { get; }

        public NumberColumn ClosedFirstDays { get; }

        public NumberColumn ClosedLastDays { get; }

        /// <summary>Gets, at each middle of the implicit tree (<see cref="ExtentTree"/>), the latest last day of its subtree.</summary>
        public NumberColumn MaxLastDays { get; }

        public NumberColumn ClosedLastDaysAscending { get; }

        /// <summary>Gets the positions of the open-ended extents, in ascending order of first day.</summary>
        public NumberColumn OpenPositions { get; }

        public NumberColumn OpenFirstDays { get; }

        /// <summary>Marks the closed extents that share a day with [<paramref name="from"/>, <paramref name="to"/>] in the subtree [<paramref name="low"/>, <paramref name="high"/>).</summary>
        public void MarkOverlappingClosed(int low, int high, int from, int to, PositionMarks marks)
        {
            while (low < high)
            {
                var middle = ExtentTree.Middle(low, high);
                if (MaxLastDays[middle] < from)
                {
                    return;
                }

                MarkOverlappingClosed(low, middle, from, to, marks);
                if (ClosedFirstDays[middle] > to)
                {
                    return;
                }

                if (ClosedLastDays[middle] >= from)
                {
                    marks.Mark(ClosedPositions[middle]);
                }

                low = middle + 1;
            }
        }

        /// <summary>The column of <paramref name="count"/> numbers at <paramref name="at"/>, moving <paramref name="at"/> past it.</summary>
        private static NumberColumn Next(StoredDigits stored, scoped ref int at, int width, int count)
        {
            var column = new NumberColumn(stored, at, width, count);
            at += count * width;
            return column;
        }
    }
}
