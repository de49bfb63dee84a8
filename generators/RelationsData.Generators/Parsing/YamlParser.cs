using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generators.Diagnostics;
using RelationsData.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RelationsData.Generators.Parsing;

/// <summary>
/// Reads one YAML file into a <see cref="YamlFile"/> tree with positions. It knows nothing about record types, so its
/// output for a file stays cached when the schema changes. Anchors and aliases are rejected, as are duplicate keys.
/// </summary>
internal sealed class YamlParser
{
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    private readonly string path;
    private readonly SourceText text;
    private readonly bool hadByteOrderMark;
    private readonly CancellationToken cancellationToken;
    private readonly List<DiagnosticInfo> diagnostics = new();

    private YamlParser(string path, SourceText text, bool hadByteOrderMark, CancellationToken cancellationToken)
    {
        this.path = path;
        this.text = text;
        this.hadByteOrderMark = hadByteOrderMark;
        this.cancellationToken = cancellationToken;
    }

    private string FileName => Path.GetFileName(path);

    public static YamlFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax.Id, null, Path.GetFileName(path), "the file could not be read");
            return new YamlFile(path, null, ImmutableArray.Create(diagnostic).ToEquatableArray());
        }

        var content = text.ToString();

        // A byte order mark that survived decoding is not YAML content; YamlDotNet's columns then start after it.
        var hadByteOrderMark = content.Length > 0 && content[0] == '\uFEFF';
        var parser = new YamlParser(path, text, hadByteOrderMark, cancellationToken);
        var root = parser.ReadDocument(hadByteOrderMark ? content.Substring(1) : content);
        return new YamlFile(path, root, parser.diagnostics.ToEquatableArray());
    }

    private YamlNode? ReadDocument(string content)
    {
        var parser = new Parser(new StringReader(content));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser);
            var documentEnd = parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out _))
            {
                Report(DiagnosticDescriptors.YamlSyntax, documentEnd.End, documentEnd.End, "a file holds one YAML document; put further records in the same document or in another file");
            }

            return root;
        }
        catch (YamlException exception)
        {
            Report(DiagnosticDescriptors.YamlSyntax, exception.Start, exception.End, MarkPrefix.Replace(exception.Message, string.Empty));
            return null;
        }
    }

    private YamlNode? ReadNode(IParser parser)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var current = parser.Current ?? throw new InvalidOperationException("The YAML parser ended unexpectedly.");
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                var isQuoted = scalar.Style != ScalarStyle.Plain;
                var value = !isQuoted && IsNullToken(scalar.Value) ? null : scalar.Value;
                return new YamlNode(YamlNodeKind.Scalar, value, isQuoted, ToLocation(scalar.Start, scalar.End), EquatableArray<YamlNode>.Empty, EquatableArray<YamlEntry>.Empty);

            case SequenceStart sequenceStart:
                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out var sequenceEnd))
                {
                    var item = ReadNode(parser);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }

                return new YamlNode(YamlNodeKind.Sequence, null, false, ToLocation(sequenceStart.Start, sequenceStart.End), items.ToEquatableArray(), EquatableArray<YamlEntry>.Empty);

            case MappingStart mappingStart:
                parser.MoveNext();
                return ReadMapping(parser, mappingStart);

            case AnchorAlias alias:
                parser.MoveNext();
                Report(DiagnosticDescriptors.YamlSyntax, alias.Start, alias.End, "aliases (*" + alias.Value + ") are not supported; write the value out");
                return null;

            default:
                throw new YamlException(current.Start, current.End, "Unexpected " + current.GetType().Name + ".");
        }
    }

    private YamlNode ReadMapping(IParser parser, MappingStart mappingStart)
    {
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            var key = ReadNode(parser);
            var value = ReadNode(parser);
            if (key is null || value is null)
            {
                continue;
            }

            if (key.Kind != YamlNodeKind.Scalar || key.Value is null)
            {
                Report(DiagnosticDescriptors.YamlSyntax, keyEvent!.Start, keyEvent.End, "a mapping key must be a plain name, not " + key.Describe());
                continue;
            }

            if (!seen.Add(key.Value))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey.Id, key.Location, FileName, key.Value));
                continue;
            }

            entries.Add(new YamlEntry(key.Value, key.Location, value));
        }

        return new YamlNode(YamlNodeKind.Mapping, null, false, ToLocation(mappingStart.Start, mappingStart.End), EquatableArray<YamlNode>.Empty, entries.ToEquatableArray());
    }

    private static bool IsNullToken(string value) => value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Mark start, Mark end, string message) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, ToLocation(start, end), FileName, message));

    /// <summary>Maps YamlDotNet's 1-based line and column to a span of the <see cref="SourceText"/>, whatever the line endings.</summary>
    private LocationInfo ToLocation(Mark start, Mark end)
    {
        var startPosition = ToPosition(start);
        var endPosition = ToPosition(end);
        if (endPosition < startPosition)
        {
            endPosition = startPosition;
        }

        var span = TextSpan.FromBounds(ToOffset(startPosition), ToOffset(endPosition));
        return new LocationInfo(path, span, new LinePositionSpan(startPosition, endPosition));
    }

    private LinePosition ToPosition(Mark mark)
    {
        var line = Math.Max(0, (int)mark.Line - 1);
        var column = Math.Max(0, (int)mark.Column - 1);
        if (line == 0 && hadByteOrderMark)
        {
            column++;
        }

        if (line >= text.Lines.Count)
        {
            var last = text.Lines[text.Lines.Count - 1];
            return new LinePosition(text.Lines.Count - 1, last.End - last.Start);
        }

        var textLine = text.Lines[line];
        return new LinePosition(line, Math.Min(column, textLine.End - textLine.Start));
    }

    private int ToOffset(LinePosition position) => text.Lines[position.Line].Start + position.Character;
}
