using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Schema;

/// <summary>
/// A symbol's XML doc summary as one line of plain text, for the JSON Schema's descriptions: references become the
/// names they point to, white space collapses, and a property's leading "Gets " goes, since a description says what
/// the value is rather than what a getter does.
/// </summary>
internal static class DocSummary
{
    private static readonly char[] NameSeparators = { '.', ':' };
    private static readonly string[] GetterPrefixes = { "Gets or sets ", "Gets " };

    public static string Of(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return string.Empty;
        }

        XElement? summary;
        try
        {
            summary = XElement.Parse(xml).Element("summary");
        }
        catch (XmlException)
        {
            // A malformed comment is the compiler's to report (CS1570); the schema just goes without a description.
            return string.Empty;
        }

        if (summary is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendText(summary, text);
        var line = string.Join(" ", text.ToString().Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        return symbol is IPropertySymbol ? WithoutGetter(line) : line;
    }

    private static void AppendText(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText plain:
                    text.Append(plain.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" or "paramref" or "typeparamref" } reference when !reference.Nodes().Any():
                    text.Append(ReferenceName(reference));
                    break;
                case XElement nested:
                    AppendText(nested, text);
                    break;
            }
        }
    }

    /// <summary>The short name a reference shows: <c>T:RelationsData.Actor</c> reads "Actor", <c>langword="null"</c> reads "null".</summary>
    private static string ReferenceName(XElement reference)
    {
        var target = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("langword") ?? (string?)reference.Attribute("name") ?? string.Empty;
        var parameters = target.IndexOf('(');
        var name = parameters < 0 ? target : target.Substring(0, parameters);
        return name.Substring(name.LastIndexOfAny(NameSeparators) + 1);
    }

    private static string WithoutGetter(string line)
    {
        foreach (var prefix in GetterPrefixes)
        {
            if (line.StartsWith(prefix, System.StringComparison.Ordinal) && line.Length > prefix.Length)
            {
                return char.ToUpperInvariant(line[prefix.Length]) + line.Substring(prefix.Length + 1);
            }
        }

        return line;
    }
}
