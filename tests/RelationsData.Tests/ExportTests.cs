using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationsData.Tests;

/// <summary>The JSON and CSV exports: complete, in the YAML's spellings, readable back, and the same every time.</summary>
public sealed class ExportTests
{
    private static readonly Lazy<byte[]> JsonBytes = new(ExportJsonBytes);

    public static TheoryData<string> Kinds => [.. DatasetExport.Kinds];

    [Fact]
    public void The_export_covers_every_table_the_generator_fills()
    {
        var tables = typeof(IRecord).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<DatasetTableAttribute>()?.Key)
            .OfType<string>();
        Assert.Equal(tables.Order(StringComparer.Ordinal), DatasetExport.Kinds.Order(StringComparer.Ordinal));
        Assert.All(KindTables.All, table => Assert.Equal(table.Records, RelationsDataset.Dataset.Kinds.Single(k => k.Name == table.Kind).Records));
    }

    [Fact]
    public void Kinds_come_in_the_order_their_tables_are_declared()
    {
        var source = File.ReadAllText(Path.Combine(RelationsData.Testing.RepositoryPaths.Root, "src", "RelationsData", "Dataset", "DatasetTables.cs"));
        var declared = Regex.Matches(source, "\\[DatasetTable\\(\"([a-z]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(declared, DatasetExport.Kinds);
    }

    [Fact]
    public void Json_has_an_array_per_kind_holding_every_record_in_order()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        Assert.Equal(["asOf", .. DatasetExport.Kinds], json.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (var (kind, records) in KindTables.All)
        {
            var ids = json.RootElement.GetProperty(kind).EnumerateArray().Select(r => r.GetProperty("id").GetString());
            Assert.Equal(records.Select(r => r.Id), ids);
        }
    }

    [Fact]
    public void Json_holds_exactly_the_data_properties_base_type_first()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        foreach (var (kind, records) in KindTables.All)
        {
            var type = records[0].GetType();
            var expected = type.GetProperties().Where(p => p.SetMethod is not null)
                .OrderBy(p => Depth(p.DeclaringType!)).ThenBy(p => p.MetadataToken)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .ToList();
            Assert.Equal("id", expected[0]);
            Assert.All(json.RootElement.GetProperty(kind).EnumerateArray(), r => Assert.Equal(expected, r.EnumerateObject().Select(p => p.Name)));
        }

        Assert.DoesNotContain("\"extent\"", Encoding.UTF8.GetString(JsonBytes.Value), StringComparison.Ordinal);
        Assert.DoesNotContain("\"involvements\"", Encoding.UTF8.GetString(JsonBytes.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_dates_are_EDTF_strings_at_the_precision_of_the_data()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        Assert.Equal("1997-07-03", Record(json, "treaties", "friendship-treaty-1997").GetProperty("signed").GetString());
        Assert.Equal("2002-01-25", Record(json, "treaties", "gabala-radar-lease-2002").GetProperty("signed").GetString());
        Assert.Equal("2002/2012-12-09", Record(json, "treaties", "gabala-radar-lease-2002").GetProperty("inForce").GetString());
        Assert.Equal("2011-05/..", Record(json, "memberships", "nam-membership-2011").GetProperty("span").GetString());
        Assert.Equal("1999-09/2008", Record(json, "events", "kosovo-troop-contribution").GetProperty("when").GetString());
        Assert.Equal("1994~/2020", Record(json, "events", "oil-funded-modernisation").GetProperty("when").GetString());
        Assert.Equal("2020-11", Record(json, "statistics", "second-karabakh-war-duration").GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, Record(json, "statistics", "azerbaijan-population").GetProperty("asOf").ValueKind);

        // Every date of every record, written as the record's own value prints.
        foreach (var (kind, records) in KindTables.All)
        {
            foreach (var record in records)
            {
                var element = Record(json, kind, record.Id);
                foreach (var property in record.GetType().GetProperties().Where(p => p.SetMethod is not null && IsDate(p.PropertyType)))
                {
                    var written = element.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
                    Assert.Equal(property.GetValue(record)?.ToString(), written.ValueKind == JsonValueKind.Null ? null : written.GetString());
                }
            }
        }
    }

    [Fact]
    public void Json_enums_are_camelCase_strings_and_flags_are_arrays_of_them()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        var friendship = Record(json, "treaties", "friendship-treaty-1997");
        Assert.Equal("treaty", friendship.GetProperty("kind").GetString());
        Assert.Equal("inForce", friendship.GetProperty("status").GetString());
        Assert.Equal(["political", "security"], Strings(friendship.GetProperty("dimensions")));
        Assert.Equal(["consultation", "nonInterference", "territorialIntegrity"], Strings(friendship.GetProperty("obligations")));
        Assert.Equal("actionPlan", Record(json, "treaties", "nato-ipap-2005").GetProperty("kind").GetString());
        Assert.Empty(Strings(Record(json, "treaties", "strategic-partnership-declaration-2008").GetProperty("obligations")));
        Assert.Equal("videoTranscript", Record(json, "sources", "ker-lindsay-video").GetProperty("kind").GetString());
        Assert.Equal("notRenewed", Record(json, "memberships", "cst-exit-1999").GetProperty("ended").GetString());
    }

    [Fact]
    public void Json_keeps_citations_and_every_claim_of_a_discrepancy()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        var ipap = Record(json, "treaties", "nato-ipap-2005");
        Assert.Equal(["ker-lindsay-video", "nato-ipap-update-2008", "mfa-az-nato-overview"], ipap.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("source").GetString()));
        var discrepancy = ipap.GetProperty("discrepancies")[0];
        Assert.Equal("Signed", discrepancy.GetProperty("field").GetString());
        Assert.Equal(["2005", "2004"], discrepancy.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal("mfa-az-nato-overview", discrepancy.GetProperty("claims")[1].GetProperty("citations")[0].GetProperty("source").GetString());
        Assert.Equal("2005", discrepancy.GetProperty("chosen").GetString());
        Assert.StartsWith("NATO dates", discrepancy.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("[4]", Record(json, "treaties", "trilateral-statement-2020").GetProperty("citations")[1].GetProperty("locator").GetString());
    }

    [Fact]
    public void Json_says_at_its_top_level_the_date_the_data_is_current_to()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        Assert.Equal("2025-12-31", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(new NodaTime.LocalDate(2025, 12, 31), RelationsDataset.AsOf);
    }

    [Fact]
    public void Json_lines_hold_every_record_once_with_its_kind_and_the_same_fields_as_the_json()
    {
        using var stream = new MemoryStream();
        DatasetExport.WriteJsonLines(stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        var records = lines[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(
            KindTables.All.SelectMany(t => t.Records.Select(r => (t.Kind, r.Id))),
            records.Select(r => (r.GetProperty("kind").GetString()!, r.GetProperty("record").GetProperty("id").GetString()!)));
        using var json = JsonDocument.Parse(JsonBytes.Value);
        var first = records.First(r => r.GetProperty("kind").GetString() == "treaties").GetProperty("record");
        Assert.Equal(Record(json, "treaties", first.GetProperty("id").GetString()!).GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal),
            first.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_reads_back_into_equal_values()
    {
        using var json = JsonDocument.Parse(JsonBytes.Value);
        foreach (var treaty in Treaties.All)
        {
            var read = Record(json, "treaties", treaty.Id).Deserialize<Treaty>(JsonReading.ExportJsonReader.Options)!;
            Assert.Equal((treaty.Signed, treaty.InForce, treaty.Kind, treaty.Status, treaty.Obligations, treaty.Dimensions), (read.Signed, read.InForce, read.Kind, read.Status, read.Obligations, read.Dimensions));
            Assert.Equal(treaty.Parties.AsEnumerable(), read.Parties);
            Assert.Equal(treaty.Citations.AsEnumerable(), read.Citations);
        }
    }

    [Fact]
    public void Json_is_indented_with_unescaped_text_and_the_same_every_time()
    {
        Assert.Equal(JsonBytes.Value, ExportJsonBytes());
        var text = Encoding.UTF8.GetString(JsonBytes.Value);
        Assert.StartsWith("{\n  \"asOf\": \"2025-12-31\",\n  \"sources\": [\n    {\n      \"id\": ", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("Azerbaijan–Russia", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Csv_has_a_header_and_one_row_per_record(string kind)
    {
        var rows = CsvText.Parse(Csv(kind));
        var records = KindTables.Get(kind);
        Assert.Equal(records.Count + 1, rows.Count);
        Assert.Equal("id", rows[0][0]);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        Assert.Equal(records.Select(r => r.Id), rows.Skip(1).Select(row => row[0]));
    }

    [Fact]
    public void Csv_quotes_where_needed_and_renders_lists_and_nested_values_readably()
    {
        var text = Csv("treaties");
        Assert.Contains("\"Treaty of Friendship, Cooperation and Mutual Security\"", text, StringComparison.Ordinal);
        var rows = CsvText.Parse(text);
        var header = rows[0];
        var friendship = rows.Single(r => r[0] == "friendship-treaty-1997");
        Assert.Equal("Treaty of Friendship, Cooperation and Mutual Security", friendship[header.IndexOf("title")]);
        Assert.Equal("political; security", friendship[header.IndexOf("dimensions")]);
        Assert.Equal("rcsp-report [Memberships & Treaties]; rcsp-report [1]; cis-legislation-friendship-treaty; jamestown-1997-summit; azertag-allied-interaction", friendship[header.IndexOf("citations")]);
        Assert.Equal("1997-07-03", friendship[header.IndexOf("signed")]);
        Assert.Equal(string.Empty, friendship[header.IndexOf("inForce")]);
        var ipap = rows.Single(r => r[0] == "nato-ipap-2005");
        Assert.Equal("Signed: 2005 (ker-lindsay-video, nato-ipap-update-2008) vs 2004 (mfa-az-nato-overview) → 2005", ipap[header.IndexOf("discrepancies")]);
        Assert.DoesNotContain("extent", header);
    }

    [Fact]
    public void Csv_kinds_ignore_case_and_unknown_kinds_are_refused()
    {
        Assert.Equal(Csv("eras"), Csv("Eras"));
        var error = Assert.Throws<ArgumentException>(() => DatasetExport.WriteCsv(new StringWriter(), "wars"));
        Assert.Contains("treaties", error.Message, StringComparison.Ordinal);
    }

    private static byte[] ExportJsonBytes()
    {
        using var stream = new MemoryStream();
        DatasetExport.WriteJson(stream);
        return stream.ToArray();
    }

    private static string Csv(string kind)
    {
        using var writer = new StringWriter();
        DatasetExport.WriteCsv(writer, kind);
        return writer.ToString();
    }

    private static JsonElement Record(JsonDocument json, string kind, string id) =>
        json.RootElement.GetProperty(kind).EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    private static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(PartialDate) || t == typeof(DateRange));

    private static int Depth(Type type) => type.BaseType is { } parent ? 1 + Depth(parent) : 0;
}
