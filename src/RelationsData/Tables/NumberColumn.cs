using System;

namespace RelationsData;

/// <summary>A column of whole numbers: an array, or fixed-width digits read in place (<see cref="FixedDigits"/>).</summary>
internal readonly ref struct NumberColumn
{
    private readonly ReadOnlySpan<int> numbers;
    private readonly StoredDigits? digits;
    private readonly int at, width;

    public NumberColumn(ReadOnlySpan<int> numbers)
    {
        this.numbers = numbers;
        Length = numbers.Length;
    }

    /// <summary>Initializes a column of <paramref name="length"/> numbers of <paramref name="width"/> digits each, from <paramref name="at"/> in a table's data.</summary>
    public NumberColumn(StoredDigits digits, int at, int width, int length)
    {
        (this.digits, this.at, this.width) = (digits, at, width);
        Length = length;
    }

    public int Length { get; }

    public int this[int index] => digits is null ? numbers[index] : Read(index);

    /// <summary>Copies the column into a new array, asking its table for the column's digits once.</summary>
    public int[] ToArray()
    {
        if (digits is null)
        {
            return numbers.ToArray();
        }

        var from = at;
        var data = digits(ref from, Length * width);
        var numbersRead = new int[Length];
        for (var i = 0; i < numbersRead.Length; i++)
        {
            numbersRead[i] = FixedDigits.Read(data, from + (i * width), width);
        }

        return numbersRead;
    }

    /// <summary>The number of values less than <paramref name="value"/>, for a column in ascending order.</summary>
    public int LowerBound(int value)
    {
        int low = 0, high = Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (this[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The number of values less than or equal to <paramref name="value"/>, for a column in ascending order.</summary>
    public int UpperBound(int value) => value == int.MaxValue ? Length : LowerBound(value + 1);

    private int Read(int index)
    {
        var from = at + (index * width);
        var data = digits!(ref from, width);
        return FixedDigits.Read(data, from, width);
    }
}
