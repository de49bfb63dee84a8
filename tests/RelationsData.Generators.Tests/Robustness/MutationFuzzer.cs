using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RelationsData.Generators.Tests.Robustness;

/// <summary>
/// Mutates a YAML file the way hurried edits and broken tools do: characters dropped, doubled or inserted (YAML
/// indicators, tabs, control characters, line separators), lines swapped or re-indented, values replaced by YAML's
/// traps (nulls, YAML 1.1 booleans, huge numbers, tags, anchors, aliases), bytes that are not UTF-8, and truncation.
/// </summary>
internal sealed class MutationFuzzer
{
    private static readonly string[] Characters =
    {
        ":", "-", "[", "]", "{", "}", "\"", "'", "#", "&", "*", "!", "|", ">", "\t", " ", "\n", "\r\n", ",", "?", "%", "@", "`",
        "\0", "\u0001", "\u0002", "\u007F", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uFEFF", "~", "<<", "\\",
    };

    private static readonly string[] Values =
    {
        "~", "null", "\"\"", "yes", "on", "off", "no", "99999999999", "1e400", "-0", ".nan", "\"5\"", "[]", "{}", "*a", "&a x",
        "!!str x", "!!binary aGVsbG8=", "2020-02-30", " 2021 / 2022 ", "2020/..", "..", "|", ">-", "equals", "to-string",
        "'\\x01'", "\"\\u2028\"", "\"\\a\"", "[on]", "{ source: nowhere }",
    };

    private readonly Random random;

    public MutationFuzzer(int seed) => random = new Random(seed);

    /// <summary>One to three mutations of <paramref name="original"/>, as the bytes of a file.</summary>
    public byte[] Mutate(byte[] original)
    {
        var text = Encoding.UTF8.GetString(original);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            text = MutateText(text);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return random.Next(20) == 0 ? CorruptBytes(bytes) : bytes;
    }

    private string MutateText(string text)
    {
        if (text.Length == 0)
        {
            return Pick(Characters);
        }

        var at = random.Next(text.Length);
        switch (random.Next(8))
        {
            case 0:
                return text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
            case 1:
                return text.Insert(at, Pick(Characters));
            case 2:
                return text.Insert(at, text.Substring(at, Math.Min(random.Next(1, 40), text.Length - at)));
            case 3:
                return ReplaceValue(text, at);
            case 4:
                return Lines(text, lines =>
                {
                    var a = random.Next(lines.Count);
                    var b = random.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                });
            case 5:
                return Lines(text, lines =>
                {
                    var line = random.Next(lines.Count);
                    lines[line] = random.Next(2) == 0 ? new string(' ', random.Next(1, 4)) + lines[line] : lines[line].TrimStart(' ');
                });
            case 6:
                return Lines(text, lines => lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]));
            default:
                return text.Substring(0, at);
        }
    }

    /// <summary>Replaces the value after the first ": " at or after <paramref name="at"/>, up to the end of its line.</summary>
    private string ReplaceValue(string text, int at)
    {
        var colon = text.IndexOf(": ", at, StringComparison.Ordinal);
        if (colon < 0)
        {
            return text;
        }

        var end = text.IndexOf('\n', colon);
        end = end < 0 ? text.Length : end;
        return text.Remove(colon + 2, end - colon - 2).Insert(colon + 2, Pick(Values));
    }

    private static string Lines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join("\n", lines);
    }

    private byte[] CorruptBytes(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return new byte[] { 0xC3, 0x28 };
        }

        var copy = bytes.ToArray();
        copy[random.Next(copy.Length)] = random.Next(2) == 0 ? (byte)0xE9 : (byte)0xC3;
        return copy;
    }

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];
}
