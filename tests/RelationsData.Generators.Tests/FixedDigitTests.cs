using System;
using System.Linq;
using System.Text;
using RelationsData.Generators.Emitting;

namespace RelationsData.Generators.Tests;

/// <summary>
/// The numbers the generator writes in fixed width (<see cref="WireFormat.AppendFixed"/>) read back as the same numbers
/// through the library's <see cref="FixedDigits"/>, at every width a table can choose, side by side as a table stores them.
/// </summary>
public sealed class FixedDigitTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Numbers_written_in_fixed_width_read_back_in_place(int width)
    {
        var largest = (int)Math.Min(int.MaxValue, (1L << (6 * width)) - 1);
        var random = new Random(width);
        var numbers = new[] { 0, 1, 63, largest, largest - 1 }.Where(n => n <= largest)
            .Concat(Enumerable.Range(0, 200).Select(_ => random.Next(largest)))
            .ToArray();
        var digits = new StringBuilder();
        foreach (var number in numbers)
        {
            WireFormat.AppendFixed(digits, number, width);
        }

        var data = Encoding.UTF8.GetBytes(digits.ToString());
        Assert.Equal(numbers.Length * width, data.Length);
        Assert.Equal(numbers, numbers.Select((_, i) => FixedDigits.Read(data, i * width, width)));
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(2, 2)]
    [InlineData(4, 1)]
    public void Digits_that_run_past_the_data_throw(int at, int width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FixedDigits.Read("???"u8, at, width));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(63, 1)]
    [InlineData(64, 2)]
    [InlineData(3_652_058, 4)]
    [InlineData(16_777_216, 5)]
    public void A_width_holds_the_largest_number_it_is_chosen_for(int largest, int width) =>
        Assert.Equal(width, FixedDigitFormat.Width(largest));
}
