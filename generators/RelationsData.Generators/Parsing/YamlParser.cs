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
/// output for a file stays cached when the schema changes. Tags, anchors, aliases, merge keys, duplicate keys, text
/// characters that cannot be data (<see cref="TextCharacters"/>) and nesting deeper than <see cref="MaxDepth"/> are
/// reported; a value reported is kept as an <see cref="YamlNodeKind.Invalid"/> node so that binding adds no second error.
/// Any failure of YamlDotNet on the input becomes RD0001 where it was reading: nothing a file holds can crash the build.
/// </summary>
internal sealed class YamlParser
{
    /// <summary>
    /// How deep collections may nest. A record needs a few levels (table, list, record, list, nested record); the limit
    /// is generous, and keeps a hostile file from exhausting the stack, which no handler can catch.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>How many forbidden characters a file reports: a file saved in the wrong encoding has them everywhere.</summary>
    private const int MaxCharacterReports = 10;

    /// <summary>The YAML 1.1 merge key, which the dataset does not support.</summary>
    private const string MergeKey = "<<";

    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    private static readonly string YamlDotNetAssembly = typeof(Parser).Assembly.GetName().Name;

    private readonly string path;
    private readonly SourceText text;
    private readonly int offsetShift;
    private readonly LineSeparators separators;
    private readonly CancellationToken cancellationToken;
    private readonly DiagnosticBag diagnostics = new();

    private YamlParser(string path, SourceText text, int offsetShift, LineSeparators separators, CancellationToken cancellationToken)
    {
        this.path = path;
        this.text = text;
        this.offsetShift = offsetShift;
        this.separators = separators;
        this.cancellationToken = cancellationToken;
    }

    public static YamlFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax.Id, null, Path.GetFileName(path), "the file could not be read");
            return new YamlFile(path, null, ImmutableArray.Create(diagnostic).ToEquatableArray());
        }

        var content = text.ToString();

        // A byte order mark that survived decoding is not YAML content; YamlDotNet's offsets then start after it.
        var hadByteOrderMark = content.Length > 0 && content[0] == '\uFEFF';
        var body = hadByteOrderMark ? content.Substring(1) : content;
        var separators = LineSeparators.For(body);
        var parser = new YamlParser(path, text, hadByteOrderMark ? 1 : 0, separators, cancellationToken);
        var root = parser.ReportCharacters(body) ? null : parser.ReadDocument(separators.Hide(body));
        return new YamlFile(path, root, parser.diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Reports each character the file may not hold (<see cref="TextCharacters"/>), where it is, and returns whether there
    /// were any. Such a file is not read further: YamlDotNet would stop at a NUL as if the file ended there.
    /// </summary>
    private bool ReportCharacters(string content)
    {
        var found = 0;
        for (var index = TextCharacters.IndexOfForbidden(content, 0); index >= 0 && found < MaxCharacterReports; index = TextCharacters.IndexOfForbidden(content, index + 1))
        {
            var span = new TextSpan(index + offsetShift, 1);
            diagnostics.Report(DiagnosticDescriptors.ForbiddenCharacter, new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span)), TextCharacters.Describe(content, index));
            found++;
        }

        return found > 0;
    }

    private YamlNode? ReadDocument(string content)
    {
        var scanner = new Scanner(new StringReader(content), skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, 0);
            var documentEnd = parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out _))
            {
                Report(DiagnosticDescriptors.YamlSyntax, documentEnd.End, documentEnd.End, "a file holds one YAML document; put further records in the same document or in another file");
            }

            return root;
        }
        catch (YamlException exception)
        {
            var message = MarkPrefix.Replace(exception.Message, string.Empty);
            var location = message.IndexOf("tab", StringComparison.Ordinal) >= 0 ? IndentingTab(ToOffset(exception.Start)) : null;
            diagnostics.Report(DiagnosticDescriptors.YamlSyntax, location ?? ToLocation(exception.Start, exception.End), message);
            return null;
        }
        catch (Exception exception) when (exception.Source == YamlDotNetAssembly && exception is not OperationCanceledException)
        {
            // YamlDotNet raises more than YamlException on malformed input (an unclosed flow collection, for one); its
            // message names no position, so the error points where the scanner had read to.
            var position = scanner.CurrentPosition;
            Report(DiagnosticDescriptors.YamlSyntax, position, position, "the YAML could not be read past this point; look above for a bracket, brace or quote that is not closed");
            return null;
        }
    }

    private YamlNode ReadNode(IParser parser, int depth)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var current = parser.Current ?? throw new YamlException("The YAML ended unexpectedly.");
        if (depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, "collections nest more than " + MaxDepth + " levels deep; a record needs only a few");
        }

        if (current is NodeEvent { Tag.IsEmpty: false } or NodeEvent { Anchor.IsEmpty: false })
        {
            return SkipUnsupported(parser, (NodeEvent)current);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return ReadScalar(scalar);

            case SequenceStart sequenceStart:
                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, depth + 1));
                }

                return new YamlNode(YamlNodeKind.Sequence, null, false, ToLocation(sequenceStart.Start, sequenceStart.End), items.ToEquatableArray(), EquatableArray<YamlEntry>.Empty);

            case MappingStart mappingStart:
                parser.MoveNext();
                return ReadMapping(parser, mappingStart, depth);

            case AnchorAlias alias:
                parser.MoveNext();
                return Unsupported(alias.Start, alias.End, "aliases (*" + alias.Value + ") are not supported; write the value out");

            default:
                throw new YamlException(current.Start, current.End, "Unexpected " + current.GetType().Name + ".");
        }
    }

    private YamlNode ReadMapping(IParser parser, MappingStart mappingStart, int depth)
    {
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hasReportedKeys = false;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            if (keyEvent is Scalar { Style: ScalarStyle.Plain, Value: MergeKey, Tag.IsEmpty: true })
            {
                // One error for the merge, not one for its alias and one for each field it would have brought.
                parser.MoveNext();
                Report(DiagnosticDescriptors.YamlSyntax, keyEvent.Start, keyEvent.End, "merge keys (<<) are not supported; write the fields out");
                parser.SkipThisAndNestedEvents();
                hasReportedKeys = true;
                continue;
            }

            var key = ReadNode(parser, depth + 1);
            var value = ReadNode(parser, depth + 1);
            if (key.Kind != YamlNodeKind.Scalar || key.Value is null)
            {
                if (key.Kind != YamlNodeKind.Invalid)
                {
                    Report(DiagnosticDescriptors.YamlSyntax, keyEvent.Start, keyEvent.End, "a mapping key must be a plain name, not " + key.Describe());
                }

                hasReportedKeys = true;
                continue;
            }

            if (!seen.Add(key.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateKey, key.Location, key.Value);
                continue;
            }

            entries.Add(new YamlEntry(key.Value, key.Location, value));
        }

        return new YamlNode(YamlNodeKind.Mapping, null, false, ToLocation(mappingStart.Start, mappingStart.End), EquatableArray<YamlNode>.Empty, entries.ToEquatableArray(), hasReportedKeys);
    }

    private YamlNode ReadScalar(Scalar scalar)
    {
        var location = ToLocation(scalar.Start, scalar.End);
        var value = separators.Restore(scalar.Value);
        var forbidden = TextCharacters.IndexOfForbidden(value);
        if (forbidden >= 0)
        {
            // The file itself holds none (ReportCharacters), so an escape such as "\a" made it.
            diagnostics.Report(DiagnosticDescriptors.ForbiddenCharacter, location, TextCharacters.Describe(value, forbidden));
            return YamlNode.Invalid(location);
        }

        var isQuoted = scalar.Style != ScalarStyle.Plain;
        return new YamlNode(YamlNodeKind.Scalar, !isQuoted && IsNullToken(value) ? null : value, isQuoted, location, EquatableArray<YamlNode>.Empty, EquatableArray<YamlEntry>.Empty);
    }

    /// <summary>Reports a tag or an anchor, which the dataset does not use, and skips the node it marks.</summary>
    private YamlNode SkipUnsupported(IParser parser, NodeEvent node)
    {
        var message = !node.Tag.IsEmpty
            ? "explicit tags (" + node.Tag.Value + ") are not supported; a value's type comes from its field, so write the value plainly"
            : "anchors (&" + node.Anchor.Value + ") are not supported; write the value out where it is needed";
        var reported = Unsupported(node.Start, node.End, message);
        parser.SkipThisAndNestedEvents();
        return reported;
    }

    private YamlNode Unsupported(Mark start, Mark end, string message)
    {
        Report(DiagnosticDescriptors.YamlSyntax, start, end, message);
        return YamlNode.Invalid(ToLocation(start, end));
    }

    /// <summary>
    /// YamlDotNet reports a tab that indents a line while still scanning the line before; this finds the tab itself,
    /// in the indentation of the first line from <paramref name="offset"/> on that has one.
    /// </summary>
    private LocationInfo? IndentingTab(int offset)
    {
        for (var line = text.Lines.GetLineFromPosition(offset).LineNumber; line < text.Lines.Count; line++)
        {
            var textLine = text.Lines[line];
            for (var position = textLine.Start; position < textLine.End && (text[position] == ' ' || text[position] == '\t'); position++)
            {
                if (text[position] == '\t')
                {
                    var span = new TextSpan(position, 1);
                    return new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span));
                }
            }
        }

        return null;
    }

    private static bool IsNullToken(string value) => value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Mark start, Mark end, string message) =>
        diagnostics.Report(descriptor, ToLocation(start, end), message);

    /// <summary>
    /// Maps YamlDotNet's character offsets to a span of the <see cref="SourceText"/>, whose lines are then the ones the
    /// compiler and editors count, whatever the line endings.
    /// </summary>
    private LocationInfo ToLocation(Mark start, Mark end)
    {
        var startOffset = ToOffset(start);
        var span = TextSpan.FromBounds(startOffset, Math.Max(startOffset, ToOffset(end)));
        return new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span));
    }

    private int ToOffset(Mark mark) => (int)Math.Min(text.Length, Math.Max(0, mark.Index) + offsetShift);
}
