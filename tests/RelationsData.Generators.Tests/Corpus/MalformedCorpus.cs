using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsData.Generators.Tests.Corpus;

/// <summary>One malformed file of the corpus and the single error it must give.</summary>
/// <param name="Name">"category: what is wrong".</param>
/// <param name="Id">The diagnostic id expected.</param>
/// <param name="Line">Its 1-based line.</param>
/// <param name="Column">Its 1-based column.</param>
/// <param name="UsesSamples">Whether the file is for the fixture's own sample table rather than the library's tables.</param>
/// <param name="Bytes">The file as it lies on disk.</param>
internal sealed record MalformedCase(string Name, string Id, int Line, int Column, bool UsesSamples, byte[] Bytes)
{
    public string Category => Name.Substring(0, Name.IndexOf(':'));
}

/// <summary>Reads <c>Corpus/malformed.txt</c>; its header says how a case is written.</summary>
internal static class MalformedCorpus
{
    public const string Treaty = """
        treaties:
          - id: t1
            title: T
            summary: S
            dimensions: [political]
            kind: treaty
            parties: [azerbaijan, russia]
            signed: 1997
            status: inForce
            citations: [{ source: report }]
        """;

    public const string Event = """
        events:
          - id: e1
            title: E
            summary: S
            dimensions: [security]
            when: 2020-09-27/2020-11-10
            kind: assault
            tone: -5
            initiators: [azerbaijan]
            citations: [{ source: report }]
        """;

    public const string Sample = """
        samples:
          - id: s1
            title: S
            rank: 1
            population: 2
            amount: 3
            places:
              - { name: Baku, latitude: 40.4 }
        """;

    private static readonly Regex Escape = new(@"\{x(?<byte>[0-9A-F]{2})\}|\{u(?<char>[0-9A-F]{4})\}|\{repeat (?<count>\d+) (?<text>[^}]+)\}", RegexOptions.CultureInvariant);

    public static IReadOnlyList<MalformedCase> All { get; } = Load(Path.Combine(RepositoryPaths.Root, "tests", "RelationsData.Generators.Tests", "Corpus", "malformed.txt"));

    public static MalformedCase Get(string name) => All.Single(c => c.Name == name);

    private static List<MalformedCase> Load(string path)
    {
        var blocks = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n## ").Skip(1);
        return blocks.Select(Parse).ToList();
    }

    private static MalformedCase Parse(string block)
    {
        var lines = block.Split('\n');
        var expected = lines[1].Split(' ', ':');
        var kind = lines[2];
        var body = lines.Skip(3).ToList();
        while (body.Count > 0 && body[^1].Length == 0)
        {
            body.RemoveAt(body.Count - 1);
        }

        var yaml = kind switch
        {
            "yaml" or "yaml samples" => string.Join("\n", body),
            "treaty" => Apply(Treaty, body),
            "event" => Apply(Event, body),
            "sample" => Apply(Sample, body),
            _ => throw new FormatException("Case '" + lines[0] + "' has no template: " + kind),
        };
        var inv = CultureInfo.InvariantCulture;
        return new MalformedCase(lines[0], expected[0], int.Parse(expected[1], inv), int.Parse(expected[2], inv), kind is "sample" or "yaml samples", ToBytes(yaml));
    }

    private static string Apply(string template, IEnumerable<string> edits)
    {
        var yaml = template;
        foreach (var edit in edits)
        {
            var parts = edit.Split(" => ");
            var find = parts[0].Replace("\\n", "\n", StringComparison.Ordinal);
            var at = yaml.IndexOf(find, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new FormatException("'" + find + "' is not in the template");
            }

            var replacement = parts[1].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
            yaml = yaml.Remove(at, find.Length).Insert(at, replacement);
        }

        return yaml;
    }

    /// <summary>The file's bytes: text as UTF-8, with {xNN} as a raw byte (which may make the file invalid UTF-8).</summary>
    private static byte[] ToBytes(string yaml)
    {
        var bytes = new List<byte>();
        var position = 0;
        foreach (Match match in Escape.Matches(yaml))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(yaml.Substring(position, match.Index - position)));
            if (match.Groups["byte"].Success)
            {
                bytes.Add(byte.Parse(match.Groups["byte"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
            else if (match.Groups["char"].Success)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(((char)int.Parse(match.Groups["char"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
            }
            else
            {
                var text = string.Concat(Enumerable.Repeat(match.Groups["text"].Value, int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)));
                bytes.AddRange(Encoding.UTF8.GetBytes(text));
            }

            position = match.Index + match.Length;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(yaml.Substring(position)));
        return bytes.ToArray();
    }
}
