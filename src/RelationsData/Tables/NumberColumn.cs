using System;

namespace RelationsData;

/// <summary>A column of whole numbers: an array, or fixed-width digits read in place (<see cref="FixedDigits"/>).</summary>
internal readonly ref struct NumberColumn
{
    private readonly ReadOnlySpan<int> numbers;
    private readonly ReadOnlySpan<byte> digits;
    private readonly int width;

    public NumberColumn(ReadOnlySpan<int> numbers)
    {
        this.numbers = numbers;
        Length = numbers.Length;
    }

    /// <summary>Initializes a column of <paramref name="length"/> numbers of <paramref name="width"/> digits each, from the start of <paramref name="digits"/>.</summary>
    public NumberColumn(ReadOnlySpan<byte> digits, int width, int length)
    {
        this.digits = digits;
        this.width = width;
        Length = length;
    }

    public int Length { get; }

    public int this[int index] => width == 0 ? numbers[index] : FixedDigits.Read(digits, index * width, width);

    /// <summary>Copies the column into a new array.</summary>
    public int[] ToArray()
    {
        var numbers = new int[Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = this[i];
        }

        return numbers;
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
}
