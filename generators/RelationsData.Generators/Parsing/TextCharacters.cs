using System.Globalization;

namespace RelationsData.Generators.Parsing;

/// <summary>
/// Characters that a value may not hold: control characters other than tab, line feed and carriage return (they have no
/// place in text, and generated code and docs would carry them), the replacement character U+FFFD (what bytes that are
/// not UTF-8 decode to), and halves of surrogate pairs (which no encoding can write).
/// </summary>
internal static class TextCharacters
{
    /// <summary>The index of the first forbidden character in <paramref name="value"/>, or -1.</summary>
    public static int IndexOfForbidden(string value) => IndexOfForbidden(value, 0);

    /// <summary>The index of the first forbidden character in <paramref name="value"/> from <paramref name="start"/> on, or -1.</summary>
    public static int IndexOfForbidden(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if ((char.IsControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Names the character at <paramref name="index"/> and says why it cannot be data.</summary>
    public static string Describe(string value, int index)
    {
        var c = value[index];
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return c switch
        {
            '\uFFFD' => code + " (the replacement character) is not allowed: the file is probably not valid UTF-8; save it as UTF-8",
            _ when char.IsSurrogate(c) => code + " (half of a surrogate pair) is not allowed: write the whole character",
            _ => code + " (a control character) is not allowed: only tab, line feed and carriage return may appear in YAML",
        };
    }
}
