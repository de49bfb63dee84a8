namespace RelationsData.Generators.Model;

/// <summary>
/// One value of a record's encoded data: a string, or a whole number (a count, a flag, an enum member's index, a packed
/// date, or a zigzag-encoded integer). The emitter writes strings to a table and numbers as digits.
/// </summary>
/// <param name="Text">The string, or null when the token is a number.</param>
/// <param name="Number">The number; 0 for a string.</param>
internal readonly record struct DataToken(string? Text, ulong Number)
{
    public static DataToken Of(string text) => new(text, 0);

    public static DataToken Of(ulong number) => new(null, number);

    public static DataToken Of(bool flag) => new(null, flag ? 1UL : 0UL);

    /// <summary>A signed number, zigzag-encoded so that small negative numbers stay short.</summary>
    public static DataToken Signed(long number) => new(null, (ulong)((number << 1) ^ (number >> 63)));
}
