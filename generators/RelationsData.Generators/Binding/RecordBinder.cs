using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>
/// Checks one parsed YAML file against the record types and turns each record into typed data (<see cref="DataToken"/>):
/// its values, field by field in declaration order, which the wire format later encodes. This class walks the tables,
/// records, fields, lists and enums; <see cref="ScalarBinder"/> reads single values and <see cref="ValueRules"/> checks
/// the schema's rules. Every problem becomes a diagnostic at the YAML position; nothing is dropped without one.
/// </summary>
internal sealed class RecordBinder
{
    /// <summary>
    /// The longest id. An id becomes a member name, and compiled metadata names stop at 1,024 UTF-8 bytes; ids are ASCII
    /// and their member names shorter still, so this leaves room to spare.
    /// </summary>
    public const int MaxIdLength = 256;

    private static readonly Regex IdPattern = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly YamlFile file;
    private readonly CancellationToken cancellationToken;
    private readonly DiagnosticBag diagnostics = new();
    private readonly ValueRules rules;
    private readonly ScalarBinder scalars;
    private List<ReferenceUse> references = new();

    private RecordBinder(YamlFile file, CancellationToken cancellationToken)
    {
        this.file = file;
        this.cancellationToken = cancellationToken;
        diagnostics.AddRange(file.Diagnostics);
        rules = new ValueRules(diagnostics);
        scalars = new ScalarBinder(diagnostics, rules);
    }

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
        if (file.Root is null || file.Root.IsNull || file.Root.Kind == YamlNodeKind.Invalid || schema.Tables.Count == 0)
        {
            return records;
        }

        if (file.Root.Kind != YamlNodeKind.Mapping)
        {
            diagnostics.Report(DiagnosticDescriptors.WrongType, file.Root.Location, "(top level)", "the file", "a mapping of table names to lists, such as 'events:'", file.Root.Describe());
            return records;
        }

        var keys = schema.Tables.Select(t => t.Key).ToList();
        foreach (var entry in file.Root.Entries)
        {
            if (entry.Value.Kind == YamlNodeKind.Invalid)
            {
                continue;
            }

            var table = schema.FindTable(entry.Key);
            if (table is null)
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownTable, entry.KeyLocation, entry.Key, Suggestion.DidYouMean(entry.Key, keys), string.Join(", ", keys));
                continue;
            }

            if (entry.Value.IsNull)
            {
                continue;
            }

            if (entry.Value.Kind != YamlNodeKind.Sequence)
            {
                diagnostics.Report(DiagnosticDescriptors.WrongType, entry.Value.Location, entry.Key, "the file", "a list of records", entry.Value.Describe());
                continue;
            }

            foreach (var item in entry.Value.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var record = item.Kind == YamlNodeKind.Invalid ? null : BindTableRecord(table, item);
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
            diagnostics.Report(DiagnosticDescriptors.WrongType, node.Location, table.Key, owner, "a record (a mapping of fields)", node.Describe());
            return null;
        }

        var idNode = node.Entries.FirstOrDefault(e => e.Key == "id")?.Value;
        var id = idNode is { Kind: YamlNodeKind.Scalar, Value: not null } ? idNode.Value : null;
        if (id is not null)
        {
            owner = "record '" + id + "' in " + table.Key;
            id = CheckId(id, idNode!, ref owner);
        }

        references = new List<ReferenceUse>();
        var errorsBefore = diagnostics.Count;
        var bound = BindRecord(node, shape, table, owner);
        var isValid = bound is not null && diagnostics.Count == errorsBefore && id is not null;
        if (id is null)
        {
            return null;
        }

        var (start, end) = SortKeys.Of(node, shape.Properties.FirstOrDefault(p => p.IsChronology));
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
            references.ToEquatableArray(),
            isValid ? FactRows.Of(node, shape) : null);
    }

    /// <summary>Returns the id if it is valid, or reports it and returns null (the record is then dropped with that error).</summary>
    private string? CheckId(string id, YamlNode idNode, ref string owner)
    {
        if (id.Length > MaxIdLength)
        {
            var inv = CultureInfo.InvariantCulture;
            var start = id.Substring(0, 40);
            owner = "record '" + start + "…'";
            diagnostics.Report(DiagnosticDescriptors.IdTooLong, idNode.Location, start, id.Length.ToString(inv), MaxIdLength.ToString(inv));
            return null;
        }

        if (!IdPattern.IsMatch(id))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidId, idNode.Location, id);
            return null;
        }

        return id;
    }

    private BoundObject? BindRecord(YamlNode node, RecordShape shape, TableSpec table, string owner)
    {
        var known = shape.Properties.Select(p => p.Key).ToList();
        var ok = true;
        foreach (var entry in node.Entries)
        {
            // A value the parser reported is not a second problem here.
            if (!known.Contains(entry.Key) && entry.Value.Kind != YamlNodeKind.Invalid)
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownField, entry.KeyLocation, owner, entry.Key, Suggestion.DidYouMean(entry.Key, known), string.Join(", ", known));
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
                    // Beside a key the parser reported, such as a merge key, a field cannot be known missing.
                    if (!node.HasReportedKeys)
                    {
                        diagnostics.Report(DiagnosticDescriptors.MissingField, entry?.Value.Location ?? node.Location, owner, property.Key, BindingMessages.ExpectedForm(property.Value, table));
                    }

                    ok = false;
                }
                else
                {
                    // An absent list is empty (never a default ImmutableArray, which cannot be enumerated); any other
                    // absent value is flagged absent, so the property keeps its initial value.
                    data.Add(property.IsOmittable ? DataToken.Presence(false) : DataToken.Count(0));
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
                data.Add(DataToken.Presence(true));
            }

            data.AddRange(value.Data);
            texts.Add(value.DocText);
            if (property.IsDocumented || property.IsChronology)
            {
                // The date reads first in IntelliSense, after the title.
                var doc = new BoundDoc(BindingMessages.Humanize(property.Name), value.DocText, property.Value.Kind == ValueKind.String && property.Value.ReferenceTarget is null);
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
        if (node.Kind == YamlNodeKind.Invalid)
        {
            return null;
        }

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

        if (shape.Kind == ValueKind.String && shape.ReferenceTarget is not null)
        {
            references.Add(new ReferenceUse(node.Value, shape.ReferenceTarget, field, owner, node.Location));
            return BoundValue.Of(DataToken.String(node.Value), ReferencePlaceholder.For(node.Value));
        }

        return scalars.Bind(node, shape, field, owner, table);
    }

    private BoundValue? BindArray(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        if (node.IsNull)
        {
            return rules.CheckCount(0, node, shape, field, owner) ? BoundValue.Of(DataToken.Count(0), string.Empty) : null;
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

        if (!rules.CheckCount(node.Items.Count, node, shape, field, owner) || !ok)
        {
            return null;
        }

        var data = new List<DataToken> { DataToken.Count(items.Count) };
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
            if (name.Kind == YamlNodeKind.Invalid)
            {
                return null;
            }

            var member = name.Value is null ? -1 : shape.EnumMembers.AsImmutableArray().IndexOf(name.Value, 0, System.StringComparer.OrdinalIgnoreCase);
            if (member < 0)
            {
                var allowed = shape.EnumMembers.Select(Names.CamelCase).ToList();
                diagnostics.Report(DiagnosticDescriptors.UnknownEnumValue, name.Location, field, owner, name.Value ?? "null", Names.Short(shape.TypeName), Suggestion.DidYouMean(name.Value ?? string.Empty, allowed), string.Join(", ", allowed));
                return null;
            }

            members.Add(member);
        }

        // A member is written as its index in declaration order; a flags value as the count of its members, then each.
        var data = members.Select(DataToken.Member).ToList();
        if (shape.IsFlags)
        {
            data.Insert(0, DataToken.Count(members.Count));
        }

        return new BoundValue(data, string.Join(", ", members.Select(m => Names.CamelCase(shape.EnumMembers[m]))));
    }

    private BoundValue? WrongType(YamlNode node, ValueShape shape, string field, string owner, TableSpec table)
    {
        diagnostics.Report(DiagnosticDescriptors.WrongType, node.Location, field, owner, BindingMessages.ExpectedForm(shape, table), BindingMessages.Found(node, shape));
        return null;
    }
}
