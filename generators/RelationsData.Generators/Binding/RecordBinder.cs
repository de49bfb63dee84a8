using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Emitting;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>
/// Checks one parsed YAML file against the record types and turns each record into encoded data
/// (<see cref="Emitting.DataEncoding"/>): its values, field by field in declaration order.
/// Every problem becomes a diagnostic at the YAML position; nothing is dropped without one.
/// </summary>
internal sealed class RecordBinder
{
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly YamlFile file;
    private readonly CancellationToken cancellationToken;
    private readonly List<DiagnosticInfo> diagnostics = new();
    private List<ReferenceUse> references = new();

    private RecordBinder(YamlFile file, CancellationToken cancellationToken)
    {
        this.file = file;
        this.cancellationToken = cancellationToken;
        diagnostics.AddRange(file.Diagnostics);
    }

    /// <summary>The placeholder for a reference in doc text; the linker replaces it with the referenced record's title.</summary>
    public static string ReferencePlaceholder(string id) => "\u0001" + id + "\u0002";

    public static BoundFile Bind(YamlFile file, DatasetSchema schema, CancellationToken cancellationToken)
    {
        var binder = new RecordBinder(schema.Tables.Count == 0 ? file with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty } : file, cancellationToken);
        var records = binder.BindFile(schema);
        var isUnreadable = file.Root is null && file.Diagnostics.Count > 0 && schema.Tables.Count > 0;
        return new BoundFile(file.Path, records.ToEquatableArray(), binder.diagnostics.ToEquatableArray(), isUnreadable);
    }

    private List<BoundRecord> BindFile(DatasetSchema schema)
    {
        var records = new List<BoundRecord>();

        // A project that declares no tables uses the package for its data only; its other YAML files are not ours to judge.
        if (file.Root is null || file.Root.IsNull || schema.Tables.Count == 0)
        {
            return records;
        }

        if (file.Root.Kind != YamlNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.WrongType, file.Root.Location, "(top level)", "the file", "a mapping of table names to lists, such as 'events:'", file.Root.Describe());
            return records;
        }

        var keys = schema.Tables.Select(t => t.Key).ToList();
        foreach (var entry in file.Root.Entries)
        {
            var table = schema.FindTable(entry.Key);
            if (table is null)
            {
                Report(DiagnosticDescriptors.UnknownTable, entry.KeyLocation, entry.Key, DidYouMean(entry.Key, keys), string.Join(", ", keys));
                continue;
            }

            if (entry.Value.IsNull)
            {
                continue;
            }

            if (entry.Value.Kind != YamlNodeKind.Sequence)
            {
                Report(DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key, "the file", "a list of records", entry.Value.Describe());
                continue;
            }

            foreach (var item in entry.Value.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var record = BindTableRecord(table, item);
                if (record is not null)
                {
                    records.Add(record);
                }
            }
        }

        return records;
    }

    private BoundRecord? BindTableRecord(TableSpec table, YamlNode node)
    {
        var shape = table.RecordShape;
        var owner = table.Key + " item at line " + node.Location.Line.ToString(CultureInfo.InvariantCulture);
        if (node.Kind != YamlNodeKind.Mapping)
        {
            Report(DiagnosticDescriptors.WrongType, node.Location, table.Key, owner, "a record (a mapping of fields)", node.Describe());
            return null;
        }

        var idNode = node.Entries.FirstOrDefault(e => e.Key == "id")?.Value;
        var id = idNode is { Kind: YamlNodeKind.Scalar, Value: not null } ? idNode.Value : null;
        if (id is not null)
        {
            owner = "record '" + id + "' in " + table.Key;
            if (!IdPattern.IsMatch(id))
            {
                Report(DiagnosticDescriptors.InvalidId, idNode!.Location, id);
                id = null;
            }
        }

        references = new List<ReferenceUse>();
        var errorsBefore = diagnostics.Count;
        var bound = BindRecord(node, shape, table, owner);
        var isValid = bound is not null && diagnostics.Count == errorsBefore && id is not null;
        if (id is null)
        {
            return null;
        }

        var chronology = shape.Properties.FirstOrDefault(p => p.IsChronology);
        var (start, end) = chronology is null ? (long.MaxValue, long.MaxValue) : SortKeys(node, chronology);
        var titleLine = bound?.Docs.FirstOrDefault(d => d.IsText);
        var docs = bound?.Docs.Where(d => d != titleLine).Select(d => new DocLine(d.Label, d.Text)).ToEquatableArray() ?? EquatableArray<DocLine>.Empty;
        return new BoundRecord(
            table.Key,
            id,
            idNode!.Location,
            isValid,
            isValid ? bound!.Data.ToEquatableArray() : EquatableArray<DataToken>.Empty,
            start,
            end,
            titleLine?.Text ?? id,
            docs,
            references.ToEquatableArray());
    }

    private BoundObject? BindRecord(YamlNode node, RecordShape shape, TableSpec table, string owner)
    {
        var known = shape.Properties.Select(p => p.Key).ToList();
        var ok = true;
        foreach (var entry in node.Entries)
        {
            if (!known.Contains(entry.Key))
            {
                Report(DiagnosticDescriptors.UnknownField, entry.KeyLocation, owner, entry.Key, DidYouMean(entry.Key, known), string.Join(", ", known));
                ok = false;
            }
        }

        var data = new List<DataToken>();
        var docs = new List<BoundDoc>();
        var texts = new List<string>();
        foreach (var property in shape.Properties)
        {
            var entry = node.Entries.FirstOrDefault(e => e.Key == property.Key);
            if (entry is null || (entry.Value.IsNull && property.Value.Kind != ValueKind.Array))
            {
                if (property.IsRequired || (property.Value.MinCount > 0 && property.Value.Kind == ValueKind.Array))
                {
                    Report(DiagnosticDescriptors.MissingField, entry?.Value.Location ?? node.Location, owner, property.Key, ExpectedForm(property.Value, table));
                    ok = false;
                }
                else
                {
                    // An absent list is empty (never a default ImmutableArray, which cannot be enumerated); any other
                    // absent value is flagged absent, so the property keeps its initial value.
                    data.Add(DataToken.Of(0UL));
                }

                continue;
            }

            var value = BindValue(entry.Value, property.Value, property.Key, owner, table);
            if (value is null)
            {
                ok = false;
                continue;
            }

            if (property.IsOmittable)
            {
                data.Add(DataToken.Of(true));
            }

            data.AddRange(value.Data);
            texts.Add(value.DocText);
            if (property.IsDocumented || property.IsChronology)
            {
                // The date reads first in IntelliSense, after the title.
                var doc = new BoundDoc(Humanize(property.Name), value.DocText, property.Value.Kind == ValueKind.String && property.Value.ReferenceTarget is null);
                docs.Insert(property.IsChronology ? docs.Any(d => d.IsText) ? 1 : 0 : docs.Count, doc);
            }
        }

        if (!ok)
        {
            return null;
        }

        return new BoundObject(data, string.Join(", ", texts.Where(t => t.Length > 0)), docs);
    }

    private BoundValue? BindValue(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        switch (shape.Kind)
        {
            case ValueKind.Array:
                return BindArray(node, shape, field, owner, table);
            case ValueKind.Record:
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    return WrongType(node, shape, field, owner, table);
                }

                var nested = BindRecord(node, table.FindShape(shape.TypeName)!, table, owner);
                return nested is null ? null : new BoundValue(nested.Data, nested.DocText);
            case ValueKind.Enum:
                return BindEnum(node, shape, field, owner, table);
        }

        if (node.Kind != YamlNodeKind.Scalar || node.Value is null)
        {
            return WrongType(node, shape, field, owner, table);
        }

        var text = node.Value;
        var inv = CultureInfo.InvariantCulture;
        switch (shape.Kind)
        {
            case ValueKind.String:
                if (shape.ReferenceTarget is not null)
                {
                    references.Add(new ReferenceUse(text, shape.ReferenceTarget, field, owner, node.Location));
                    return new BoundValue(Tokens(DataToken.Of(text)), ReferencePlaceholder(text));
                }

                return new BoundValue(Tokens(DataToken.Of(text)), text);

            case ValueKind.Boolean when !node.IsQuoted && (text == "true" || text == "false"):
                return new BoundValue(Tokens(DataToken.Of(text == "true")), text);

            case ValueKind.Int32 when !node.IsQuoted && int.TryParse(text, NumberStyles.AllowLeadingSign, inv, out var int32):
                return InRange(int32, node, shape, field, owner) ? new BoundValue(Tokens(DataToken.Signed(int32)), int32.ToString(inv)) : null;

            case ValueKind.Int64 when !node.IsQuoted && long.TryParse(text, NumberStyles.AllowLeadingSign, inv, out var int64):
                return InRange(int64, node, shape, field, owner) ? new BoundValue(Tokens(DataToken.Signed(int64)), int64.ToString(inv)) : null;

            case ValueKind.Double when !node.IsQuoted && double.TryParse(text, NumberStyles.Float, inv, out var number) && !double.IsInfinity(number):
                return InRange(number, node, shape, field, owner) ? new BoundValue(Tokens(DataToken.Signed(BitConverter.DoubleToInt64Bits(number))), number.ToString("R", inv)) : null;

            case ValueKind.Decimal when !node.IsQuoted && decimal.TryParse(text, NumberStyles.Float, inv, out var money):
                return InRange((double)money, node, shape, field, owner) ? new BoundValue(DataEncoding.Decimal(money), money.ToString(inv)) : null;

            case ValueKind.PartialDate:
                if (!PartialDateText.TryParseDate(text, out var date, out var dateError))
                {
                    Report(DiagnosticDescriptors.InvalidDate, node.Location, field, owner, dateError!);
                    return null;
                }

                return new BoundValue(Tokens(DataEncoding.Date(date)), PartialDateText.Format(date));

            case ValueKind.DateRange:
                if (!PartialDateText.TryParseRange(text, out var range, out var rangeError))
                {
                    Report(DiagnosticDescriptors.InvalidDate, node.Location, field, owner, rangeError!);
                    return null;
                }

                if (range.End is { } last && PartialDateText.LastDayKey(last) < PartialDateText.SortKey(range.Start) / 10)
                {
                    Report(DiagnosticDescriptors.EndBeforeStart, node.Location, field, owner, text);
                    return null;
                }

                return new BoundValue(DataEncoding.Range(range), CSharpLiteral.FormatRange(range));
        }

        return WrongType(node, shape, field, owner, table);
    }

    private BoundValue? BindArray(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        if (node.IsNull)
        {
            return CheckCount(0, node, shape, field, owner) ? new BoundValue(Tokens(DataToken.Of(0UL)), string.Empty) : null;
        }

        if (node.Kind != YamlNodeKind.Sequence)
        {
            return WrongType(node, shape, field, owner, table);
        }

        var items = new List<BoundValue>();
        var ok = true;
        foreach (var item in node.Items)
        {
            var value = BindValue(item, shape.Element!, field, owner, table);
            ok &= value is not null;
            if (value is not null)
            {
                items.Add(value);
            }
        }

        if (!CheckCount(node.Items.Count, node, shape, field, owner) || !ok)
        {
            return null;
        }

        var data = Tokens(DataToken.Of((ulong)items.Count));
        data.AddRange(items.SelectMany(i => i.Data));
        return new BoundValue(data, string.Join("; ", items.Select(i => i.DocText)));
    }

    private BoundValue? BindEnum(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        var names = shape.IsFlags && node.Kind == YamlNodeKind.Sequence
            ? node.Items.ToList()
            : node.Kind == YamlNodeKind.Scalar && node.Value is not null ? new List<YamlNode> { node } : null;
        if (names is null)
        {
            return WrongType(node, shape, field, owner, table);
        }

        var members = new List<int>();
        foreach (var name in names)
        {
            var member = name.Value is null ? -1 : shape.EnumMembers.AsImmutableArray().IndexOf(name.Value, 0, StringComparer.OrdinalIgnoreCase);
            if (member < 0)
            {
                var allowed = shape.EnumMembers.Select(CamelCase).ToList();
                Report(DiagnosticDescriptors.UnknownEnumValue, name.Location, field, owner, name.Value ?? "null", ShortName(shape.TypeName), DidYouMean(name.Value ?? string.Empty, allowed), string.Join(", ", allowed));
                return null;
            }

            members.Add(member);
        }

        // A member is written as its index in declaration order; a flags value as the count of its members, then each.
        var data = members.Select(m => DataToken.Of((ulong)m)).ToList();
        if (shape.IsFlags)
        {
            data.Insert(0, DataToken.Of((ulong)members.Count));
        }

        return new BoundValue(data, string.Join(", ", members.Select(m => CamelCase(shape.EnumMembers[m]))));
    }

    private bool CheckCount(int count, YamlNode node, ValueShape shape, string field, string owner)
    {
        if (count >= shape.MinCount)
        {
            return true;
        }

        Report(DiagnosticDescriptors.TooFewItems, node.Location, field, owner, shape.MinCount.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture));
        return false;
    }

    private bool InRange(double value, YamlNode node, ValueShape shape, string field, string owner)
    {
        if ((shape.Minimum is null || value >= shape.Minimum) && (shape.Maximum is null || value <= shape.Maximum))
        {
            return true;
        }

        var inv = CultureInfo.InvariantCulture;
        Report(DiagnosticDescriptors.OutOfRange, node.Location, field, owner, node.Value!, shape.Minimum?.ToString(inv) ?? "-∞", shape.Maximum?.ToString(inv) ?? "∞");
        return false;
    }

    private BoundValue? WrongType(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        Report(DiagnosticDescriptors.WrongType, node.Location, field, owner, ExpectedForm(shape, table), node.Describe());
        return null;
    }

    private static (long Start, long End) SortKeys(YamlNode node, PropertyShape chronology)
    {
        var text = node.Entries.FirstOrDefault(e => e.Key == chronology.Key)?.Value.Value;
        if (text is null)
        {
            return (long.MaxValue, long.MaxValue);
        }

        if (chronology.Value.Kind == ValueKind.PartialDate && PartialDateText.TryParseDate(text, out var date, out _))
        {
            return (PartialDateText.SortKey(date), PartialDateText.LastDayKey(date));
        }

        if (chronology.Value.Kind == ValueKind.DateRange && PartialDateText.TryParseRange(text, out var range, out _))
        {
            return (PartialDateText.SortKey(range.Start), range.End is { } end ? PartialDateText.LastDayKey(end) : long.MaxValue);
        }

        return (long.MaxValue, long.MaxValue);
    }

    /// <summary>Says in words what a field expects, for messages.</summary>
    private static string ExpectedForm(ValueShape shape, TableSpec table) => shape.Kind switch
    {
        ValueKind.String when shape.ReferenceTarget is { Length: > 0 } target => "the id of a " + ShortName(target),
        ValueKind.String when shape.ReferenceTarget is not null => "the id of a record",
        ValueKind.String => "text",
        ValueKind.Boolean => "true or false",
        ValueKind.Int32 or ValueKind.Int64 => "a whole number",
        ValueKind.Double or ValueKind.Decimal => "a number",
        ValueKind.Enum when shape.IsFlags => "a list of " + ShortName(shape.TypeName) + " values (" + string.Join(", ", shape.EnumMembers.Select(CamelCase)) + ")",
        ValueKind.Enum => "one of " + string.Join(", ", shape.EnumMembers.Select(CamelCase)),
        ValueKind.PartialDate => "a date: " + PartialDateText.DateForm,
        ValueKind.DateRange => PartialDateText.RangeForm,
        ValueKind.Array => "a list of " + ExpectedForm(shape.Element!, table),
        _ => "a mapping with the fields of " + ShortName(shape.TypeName) + " (" + string.Join(", ", table.FindShape(shape.TypeName)?.Properties.Select(p => p.Key) ?? Enumerable.Empty<string>()) + ")",
    };

    private static List<DataToken> Tokens(DataToken token) => new() { token };

    private static string ShortName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string Humanize(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ");

    /// <summary>Suggests the closest candidate within a small edit distance, as " (did you mean 'x'?)".</summary>
    private static string DidYouMean(string text, IReadOnlyList<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: EditDistance.Between(text.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, text.Length / 3) ? " (did you mean '" + best.Candidate + "'?)" : string.Empty;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
    {
        var withFile = new string[arguments.Length + 1];
        withFile[0] = file.FileName;
        Array.Copy(arguments, 0, withFile, 1, arguments.Length);
        diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, location, withFile));
    }

    private sealed record BoundValue(List<DataToken> Data, string DocText);

    private sealed record BoundDoc(string Label, string Text, bool IsText);

    private sealed record BoundObject(List<DataToken> Data, string DocText, List<BoundDoc> Docs);
}
