using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Linking;

/// <summary>
/// Joins the records of every file: checks ids across files and resolves references, then orders each table
/// chronologically and names its members. Ordering uses ordinal comparisons only, so the output does not depend on
/// the order the files arrive in.
/// </summary>
internal sealed class DatasetLinker
{
    /// <summary>Names the generated table classes use themselves, which no record may take.</summary>
    private static readonly string[] ReservedNames = { "All", "Count", "ById", "TryGet", "Get", "Storage", "Index" };

    /// <summary>Members every class inherits from <see cref="object"/>: a static field of that name would hide one (CS0108).</summary>
    private static readonly string[] ObjectMemberNames = { "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    private readonly DiagnosticBag diagnostics = new();
    private readonly Dictionary<string, BoundRecord> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableSpec> tablesByKey;

    // While a file cannot be parsed, the ids it holds are unknown: reporting references to them would only bury the syntax error.
    private readonly bool someFileUnreadable;

    private DatasetLinker(DatasetSchema schema, bool someFileUnreadable)
    {
        tablesByKey = schema.Tables.ToDictionary(t => t.Key, StringComparer.Ordinal);
        this.someFileUnreadable = someFileUnreadable;
    }

    public static DatasetModel Link(ImmutableArray<BoundFile> files, DatasetSchema schema, CancellationToken cancellationToken)
    {
        var linker = new DatasetLinker(schema, files.Any(f => f.IsUnreadable));
        var records = files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => f.Records.OrderBy(r => r.Location.Span.Start))
            .ToList();
        linker.IndexIds(records);
        var tables = schema.Tables.Select(table =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return linker.LinkTable(table, records.Where(r => r.TableKey == table.Key && r.IsValid));
        });
        return new DatasetModel(tables.ToEquatableArray(), linker.diagnostics.ToEquatableArray());
    }

    private void IndexIds(List<BoundRecord> records)
    {
        foreach (var record in records)
        {
            if (byId.TryGetValue(record.Id, out var first))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateId, record.Location, record.Id, FileName(first.Location), first.Location.Line.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                byId.Add(record.Id, record);
            }
        }
    }

    private TableOutput LinkTable(TableSpec table, IEnumerable<BoundRecord> records)
    {
        var ordered = records
            .Where(r => ReferenceEquals(byId[r.Id], r))
            .OrderBy(r => r.SortStart)
            .ThenBy(r => r.SortEnd)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new List<(BoundRecord Record, string MemberName)>();
        foreach (var record in ordered)
        {
            CheckReferences(record);
            var memberName = Names.Member(record.Id);
            if (ReservedNames.Contains(memberName) || memberName == table.ClassName)
            {
                diagnostics.Report(DiagnosticDescriptors.MemberNameCollision, record.Location, record.Id, memberName, "is reserved by the generated class " + table.ClassName);
                continue;
            }

            if (ObjectMemberNames.Contains(memberName))
            {
                diagnostics.Report(DiagnosticDescriptors.MemberNameCollision, record.Location, record.Id, memberName, "every class inherits from System.Object");
                continue;
            }

            if (memberNames.TryGetValue(memberName, out var otherId))
            {
                diagnostics.Report(DiagnosticDescriptors.MemberNameCollision, record.Location, record.Id, memberName, "is also the member name of '" + otherId + "'");
                continue;
            }

            memberNames.Add(memberName, record.Id);
            named.Add((record, memberName));
        }

        // Past the limit no record gets a member, so none needs the doc text a member carries.
        var hasMembers = named.Count <= TableOutput.MaxRecordMembers;
        var outputs = named.Select(n => hasMembers
            ? new OutputRecord(n.MemberName, n.Record.Id, n.Record.Data, Resolve(n.Record.DocTitle), Remarks(n.Record), n.Record.Fact)
            : new OutputRecord(n.MemberName, n.Record.Id, n.Record.Data, string.Empty, EquatableArray<string>.Empty, n.Record.Fact)).ToList();
        if (!hasMembers)
        {
            var inv = CultureInfo.InvariantCulture;
            diagnostics.ReportAt(DiagnosticDescriptors.TableTooLargeForMembers, table.Location, table.ClassName, table.Key, outputs.Count.ToString(inv), TableOutput.MaxRecordMembers.ToString(inv));
        }

        return new TableOutput(table.Key, table.Namespace, table.ClassName, table.RecordTypeName, table.Shapes, outputs.ToEquatableArray());
    }

    private void CheckReferences(BoundRecord record)
    {
        foreach (var reference in record.References)
        {
            var targetName = reference.Target.Length == 0 ? "record" : Names.Short(reference.Target);
            if (!byId.TryGetValue(reference.Id, out var referenced))
            {
                if (someFileUnreadable)
                {
                    continue;
                }

                diagnostics.Report(DiagnosticDescriptors.UnknownReference, reference.Location, reference.Field, reference.Owner, reference.Id, targetName, Suggestion.DidYouMean(reference.Id, byId.Keys));
            }
            else if (reference.Target.Length > 0 && !IsAssignable(referenced, reference.Target))
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownReference, reference.Location, reference.Field, reference.Owner, reference.Id, targetName, " (it is a record in " + referenced.TableKey + ")");
            }
        }
    }

    private bool IsAssignable(BoundRecord referenced, string target) =>
        tablesByKey.TryGetValue(referenced.TableKey, out var spec) && spec.RecordShape.AssignableTo.Contains(target);

    private EquatableArray<string> Remarks(BoundRecord record)
    {
        var lines = record.Docs.Where(d => d.Text.Length > 0).Select(d => d.Label + ": " + Resolve(d.Text)).ToList();
        lines.Add("Id: " + record.Id + " (" + FileName(record.Location) + ", line " + record.Location.Line.ToString(CultureInfo.InvariantCulture) + ")");
        return lines.ToEquatableArray();
    }

    /// <summary>Replaces reference placeholders with the referenced record's title.</summary>
    private string Resolve(string text)
    {
        if (text.IndexOf(ReferencePlaceholder.Open) < 0)
        {
            return text;
        }

        var builder = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf(ReferencePlaceholder.Open, position);
            if (open < 0)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            var close = text.IndexOf(ReferencePlaceholder.Close, open);
            builder.Append(text, position, open - position);
            var id = text.Substring(open + 1, close - open - 1);
            builder.Append(byId.TryGetValue(id, out var target) ? target.DocTitle : id);
            position = close + 1;
        }

        return builder.ToString();
    }

    private static string FileName(LocationInfo location) => Path.GetFileName(location.FilePath);
}
