using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Tests;

/// <summary>
/// A user's own fact record with <c>[Extent]</c> and <c>[Involves]</c> marks: the generator writes its <c>Extent</c> and
/// <c>Involvements</c> and stores the query columns, and every query answered from those columns (without building the
/// records first) equals an oracle computed here from the random YAML itself, for three random datasets.
/// </summary>
public sealed class FactColumnTests
{
    private const string Schema = """
        using System.Collections.Immutable;
        using System.Linq;
        using NodaTime;
        using RelationsData;

        namespace Fixture;

        public sealed partial record Sanction : Fact
        {
            [Extent(1)] public DateRange? Span { get; init; }
            [Extent(2)] public PartialDate? Announced { get; init; }
            [Involves(ActorRole.Initiator)] public ImmutableArray<string> By { get; init; } = [];
            [Involves(ActorRole.Target)] public string? Target { get; init; }
        }

        [DatasetTable("sources", typeof(Source))] public static partial class Sources;
        [DatasetTable("sanctions", typeof(Sanction))] public static partial class Sanctions;

        // Queries as a user writes them, on the table's All: answered from the stored columns.
        public static class Probe
        {
            private static LocalDate Day(int number) => LocalDate.FromDateOnly(System.DateOnly.FromDayNumber(number));
            public static string[] ActiveOn(int day) => Sanctions.All.ActiveOn(Day(day)).Select(s => s.Id).ToArray();
            public static int CountActiveOn(int day) => Sanctions.All.CountActiveOn(Day(day));
            public static string[] Overlapping(int from, int to) => Sanctions.All.Overlapping(Day(from), Day(to)).Select(s => s.Id).ToArray();
            public static string[] Within(int from, int to) => Sanctions.All.Within(Day(from), Day(to)).Select(s => s.Id).ToArray();
            public static string[] Economic() => Sanctions.All.InDimensions(Dimensions.Economic).Select(s => s.Id).ToArray();
            public static string[] Involving(string actor) => Sanctions.All.Involving(actor).Select(s => s.Id).ToArray();
            public static string? Find(string id) => Sanctions.TryGet(id, out var found) ? found.Id : null;
            public static string[] Order() => Sanctions.All.Select(s => s.Id).ToArray();
            public static string Summary(string id) => Sanctions.Get(id).Summary;
            public static string Extent(string id) => Sanctions.Get(id).Extent?.ToString() ?? "";
            public static string[] Involvements(string id) => Sanctions.Get(id).Involvements.Select(i => i.ActorId + ":" + i.Role).ToArray();

            // Eight threads on a table nobody has read yet, each from another end: every record is one instance, whoever built it.
            public static bool SameFromManyThreads()
            {
                var seen = new Sanction[8][];
                System.Threading.Tasks.Parallel.For(0, 8, t => seen[t] = Enumerable.Range(0, Sanctions.Count)
                    .Select(i => (i * 7 + t * 13) % Sanctions.Count)
                    .Select(i => (i, Sanctions.All[i]))
                    .Concat(Sanctions.All.ActiveOn(Day(729000)).Select(s => (Sanctions.All.ToList().IndexOf(s), s)))
                    .OrderBy(p => p.Item1).Select(p => p.Item2).Distinct().ToArray());
                return seen.All(records => records.Length == Sanctions.Count && records.Select((r, i) => ReferenceEquals(r, Sanctions.All[i]) && Sanctions.TryGet(r.Id, out var found) && ReferenceEquals(found, r)).All(same => same));
            }
        }
        """;

    private static readonly string[] Actors = ["a", "b", "c", "d"];

    // The last row stores more than one literal part of data and of text (LiteralParts), joined on first use.
    [Theory]
    [InlineData(1, 150, 0)]
    [InlineData(2, 150, 0)]
    [InlineData(3, 150, 0)]
    [InlineData(4, 2000, 100)]
    public void Queries_from_stored_columns_equal_the_oracle(int seed, int count, int summaryLength)
    {
        var random = new Random(seed);
        var records = Enumerable.Range(0, count).Select(i => RandomRecord(random, "s" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        var probe = Compile(records, summaryLength);
        var order = Call<string[]>(probe, "Order");
        Assert.Equal(records.Select(r => r.Id).Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        var byId = records.ToDictionary(r => r.Id);
        List<string> Oracle(Func<Record, bool> matches) => order.Where(id => matches(byId[id])).ToList();

        foreach (var record in records)
        {
            Assert.Equal(record.ExtentText, Call<string>(probe, "Extent", record.Id));
            Assert.Equal(record.Involvements, Call<string[]>(probe, "Involvements", record.Id));
            Assert.Equal(Summary(record.Id, summaryLength), Call<string>(probe, "Summary", record.Id));
        }

        var edges = records.SelectMany(r => new[] { r.First, r.Last }).Where(d => d is > 0 and < int.MaxValue).ToList();
        var days = edges.SelectMany(d => new[] { d - 1, d, d + 1 }).Concat(Enumerable.Range(0, 100).Select(_ => random.Next(728000, 732000)))
            .OrderBy(_ => random.Next()).Take(600).ToList();
        foreach (var day in days)
        {
            var active = Oracle(r => r.First <= day && day <= r.Last);
            Assert.Equal(active, Call<string[]>(probe, "ActiveOn", day));
            Assert.Equal(active.Count, Call<int>(probe, "CountActiveOn", day));
            var to = day + random.Next(0, 400);
            Assert.Equal(Oracle(r => r.First <= to && day <= r.Last), Call<string[]>(probe, "Overlapping", day, to));
            Assert.Equal(Oracle(r => r.First >= day && r.Last <= to), Call<string[]>(probe, "Within", day, to));
        }

        Assert.Equal(Oracle(r => r.Dimensions.Contains("economic")), Call<string[]>(probe, "Economic"));
        foreach (var actor in Actors.Append("nobody"))
        {
            Assert.Equal(Oracle(r => r.By.Contains(actor) || r.Target == actor), Call<string[]>(probe, "Involving", actor));
        }

        Assert.All(records, r => Assert.Equal(r.Id, Call<string?>(probe, "Find", r.Id)));
        Assert.Null(Call<string?>(probe, "Find", "s-missing"));
        Assert.Null(Call<string?>(probe, "Find", ""));
    }

    [Fact]
    public void Many_threads_on_a_fresh_table_share_one_instance_per_record()
    {
        var random = new Random(4);
        var probe = Compile(Enumerable.Range(0, 2000).Select(i => RandomRecord(random, "s" + i.ToString(CultureInfo.InvariantCulture))).ToList());
        Assert.True(Call<bool>(probe, "SameFromManyThreads"));
    }

    [Fact]
    public void Marks_on_a_record_that_is_not_partial_are_RD0023()
    {
        var run = GeneratorHarness.Run(Schema.Replace("sealed partial record Sanction", "sealed record Sanction", StringComparison.Ordinal), ("s.yaml", Yaml([])));
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "RD0023");
        Assert.Equal("'Sanction': declare it 'partial' so the generator can write its Extent and Involvements", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Marks_on_the_wrong_kind_of_property_are_RD0023_at_the_property()
    {
        var schema = Schema.Replace("[Involves(ActorRole.Target)] public string? Target", "[Extent, Involves(ActorRole.Target)] public string? Target", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(schema, ("s.yaml", Yaml([])));
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "RD0023");
        Assert.Equal("'Sanction.Target': [Extent] does not apply: it is not a PartialDate or DateRange", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var line = schema.Split('\n').ToList().FindIndex(l => l.Contains("string? Target", StringComparison.Ordinal));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static Record RandomRecord(Random random, string id)
    {
        string Date(out int first, out int last)
        {
            var year = random.Next(1995, 2005);
            var month = random.Next(1, 13);
            var day = random.Next(1, DateTime.DaysInMonth(year, month) + 1);
            var (text, start, end) = random.Next(3) switch
            {
                0 => (year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
                1 => ($"{year:D4}-{month:D2}", new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
                _ => ($"{year:D4}-{month:D2}-{day:D2}", new DateOnly(year, month, day), new DateOnly(year, month, day)),
            };
            (first, last) = (start.DayNumber, end.DayNumber);
            return random.Next(5) == 0 ? text + "~" : text;
        }

        var by = Actors.Where(_ => random.Next(2) == 0).ToArray();
        var target = random.Next(3) == 0 ? null : Actors[random.Next(Actors.Length)];
        var dimensions = new[] { "political", "economic", "security" }.Where(_ => random.Next(2) == 0).DefaultIfEmpty("political").ToArray();
        var involvements = by.Select(a => a + ":Initiator").Concat(target is null ? [] : [target + ":Target"]).ToArray();
        switch (random.Next(6))
        {
            case 0:
                return new Record(id, null, null, -1, -1, "", dimensions, by, target, involvements);
            case 1:
                var announced = Date(out var aFirst, out var aLast);
                return new Record(id, null, announced, aFirst, aLast, announced, dimensions, by, target, involvements);
            case 2:
                var open = Date(out var oFirst, out _);
                return new Record(id, open + "/..", random.Next(2) == 0 ? Date(out _, out _) : null, oFirst, int.MaxValue, open + "/..", dimensions, by, target, involvements);
            default:
                var start = Date(out var sFirst, out var sLast);
                var end = Date(out var eFirst, out var eLast);
                if (eLast < sFirst)
                {
                    (start, end, sFirst, eLast) = (end, start, eFirst, sLast);
                }

                var span = start == end ? start : start + "/" + end;
                return new Record(id, span, null, sFirst, eLast, span, dimensions, by, target, involvements);
        }
    }

    /// <summary>
    /// A record's summary: "S" alone, or with a text of its own so that every summary is stored, with letters of two and
    /// four UTF-8 bytes, so that the text's parts are not all of one length in bytes.
    /// </summary>
    private static string Summary(string id, int length) =>
        length == 0 ? "S" : "S " + id + " ə\U0001F600 " + string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + ((i * 7) + id.Length) % 26)));

    private static string Yaml(IEnumerable<Record> records, int summaryLength = 0)
    {
        var yaml = new StringBuilder("sources:\n  - { id: src, title: Source, kind: report }\nsanctions:\n");
        foreach (var r in records)
        {
            yaml.Append("  - id: ").Append(r.Id).Append("\n    title: T ").Append(r.Id).Append("\n    summary: ").Append(Summary(r.Id, summaryLength)).Append('\n')
                .Append("    dimensions: [").Append(string.Join(", ", r.Dimensions)).Append("]\n")
                .Append("    citations: [{ source: src }]\n")
                .Append("    by: [").Append(string.Join(", ", r.By)).Append("]\n");
            if (r.Target is not null)
            {
                yaml.Append("    target: ").Append(r.Target).Append('\n');
            }

            if (r.Span is not null)
            {
                yaml.Append("    span: \"").Append(r.Span).Append("\"\n");
            }

            if (r.Announced is not null)
            {
                yaml.Append("    announced: \"").Append(r.Announced).Append("\"\n");
            }
        }

        return yaml.ToString();
    }

    private static Type Compile(List<Record> records, int summaryLength = 0)
    {
        var run = GeneratorHarness.Run(Schema, ("s.yaml", Yaml(records, summaryLength)));
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var table = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Fixture.Sanctions.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Equal(summaryLength > 0, table.Contains("TextPart1", StringComparison.Ordinal) && table.Contains("DataPart1", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("columns", isCollectible: true).LoadFromStream(stream).GetType("Fixture.Probe", throwOnError: true)!;
    }

    private static T Call<T>(Type probe, string method, params object?[] arguments) =>
        (T)probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;

    /// <summary>A random record as written to YAML, with the first and last day of its extent worked out here.</summary>
    private sealed record Record(string Id, string? Span, string? Announced, int First, int Last, string ExtentText, string[] Dimensions, string[] By, string? Target, string[] Involvements);
}
