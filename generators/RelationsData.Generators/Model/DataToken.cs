using System;
using System.Globalization;

namespace RelationsData.Generators.Model;

/// <summary>What a <see cref="DataToken"/> holds; the wire format (<c>Emitting/WireFormat</c>) decides how each is written.</summary>
internal enum DataKind : byte
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>How many items of a list, or members of a flags value, follow.</summary>
    Count,

    /// <summary>Whether an optional value follows.</summary>
    Presence,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An enum member, by its position in declaration order.</summary>
    Member,

    /// <summary>A signed whole number.</summary>
    Integer,

    /// <summary>A double, by its bits.</summary>
    Double,

    /// <summary>A decimal, by its invariant text.</summary>
    Decimal,

    /// <summary>A partial date (see <see cref="DataToken.Date"/>).</summary>
    Date,
}

/// <summary>
/// One typed value of a record's data, in the order the record's fields are declared: what the binder hands over and
/// the wire format encodes. Neither knows how the other works.
/// </summary>
/// <param name="Kind">What the token holds.</param>
/// <param name="Text">The string, or a decimal's invariant text; null otherwise.</param>
/// <param name="Number">The number, flag or member position; 0 for text.</param>
internal readonly record struct DataToken(DataKind Kind, string? Text, long Number)
{
    public static DataToken String(string text) => new(DataKind.Text, text, 0);

    public static DataToken Count(int count) => new(DataKind.Count, null, count);

    public static DataToken Presence(bool isPresent) => new(DataKind.Presence, null, isPresent ? 1 : 0);

    public static DataToken Boolean(bool value) => new(DataKind.Boolean, null, value ? 1 : 0);

    public static DataToken Member(int position) => new(DataKind.Member, null, position);

    public static DataToken Integer(long value) => new(DataKind.Integer, null, value);

    public static DataToken Double(double value) => new(DataKind.Double, null, BitConverter.DoubleToInt64Bits(value));

    public static DataToken Decimal(decimal value) => new(DataKind.Decimal, value.ToString(CultureInfo.InvariantCulture), 0);

    /// <summary>A partial date, held as yyyymmdd times two, plus one when approximate (an in-memory form, not the wire's).</summary>
    public static DataToken Date(PartialDateParts date) =>
        new(DataKind.Date, null, ((((long)date.Year * 100) + date.Month) * 100 + date.Day) * 2 + (date.IsApproximate ? 1 : 0));

    /// <summary>Gets the date of a <see cref="DataKind.Date"/> token.</summary>
    public PartialDateParts AsDate()
    {
        var digits = Number / 2;
        return new PartialDateParts((int)(digits / 10000), (int)(digits / 100 % 100), (int)(digits % 100), Number % 2 != 0);
    }

    /// <summary>Gets the value of a <see cref="DataKind.Decimal"/> token.</summary>
    public decimal AsDecimal() => decimal.Parse(Text!, NumberStyles.Number, CultureInfo.InvariantCulture);
}
