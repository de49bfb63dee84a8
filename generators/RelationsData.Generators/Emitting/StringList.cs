using System.Collections.Generic;
using System.Text;

namespace RelationsData.Generators.Emitting;

/// <summary>A table's distinct strings, each listed once in order of first use, end to end in UTF-8.</summary>
internal sealed class StringList
{
    private readonly Dictionary<string, int> indexes = new(System.StringComparer.Ordinal);

    /// <summary>Gets the strings end to end.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>Gets where each string starts in the text, in UTF-8 bytes, and one more for where the last ends.</summary>
    public List<int> Starts { get; } = [0];

    public int Count => indexes.Count;

    public int ByteCount => Starts[Starts.Count - 1];

    /// <summary>The position of a string in the list, adding it if it is new.</summary>
    public int Index(string value)
    {
        if (!indexes.TryGetValue(value, out var index))
        {
            index = indexes.Count;
            indexes.Add(value, index);
            Text.Append(value);
            Starts.Add(ByteCount + Encoding.UTF8.GetByteCount(value));
        }

        return index;
    }
}
