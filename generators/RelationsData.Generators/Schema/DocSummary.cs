using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RelationsData.Generators.Schema;

/// <summary>
/// A symbol's XML doc summary as one line of plain text, for the JSON Schema's descriptions: references become the
/// names they point to, white space collapses, and a property's leading "Gets " goes, since a description says what
/// the value is rather than what a getter does.
/// </summary>
/// <remarks>
/// Read from the declarations' doc comment syntax, which the parser has already built, rather than from
/// <c>GetDocumentationCommentXml</c>: that binds every reference of the comment and writes XML to be parsed again
/// (with System.Xml.Linq, whose first use alone is felt in a fresh compiler). The text is the same: only the
/// references are bound, each to the documentation id the compiler writes; a badly formed comment has none (the
/// compiler's CS1570); white space between two elements is dropped, as an XML reader drops it; a record's positional
/// property reads its <c>&lt;param&gt;</c>, as the compiler does.
/// </remarks>
internal static class DocSummary
{
    private static readonly char[] NameSeparators = { '.', ':' };
    private static readonly string[] GetterPrefixes = { "Gets or sets ", "Gets " };

    public static string Of(ISymbol symbol, Compilation compilation)
    {
        var summary = SummaryContent(symbol);
        if (summary is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendText(summary.Value, text, compilation);
        var line = string.Join(" ", text.ToString().Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        return symbol is IPropertySymbol ? WithoutGetter(line) : line;
    }

    /// <summary>
    /// The content of the first summary of the symbol's doc comments (a partial type's, of every declaration in order),
    /// or of a positional property's param; null when there is none.
    /// </summary>
    private static SyntaxList<XmlNodeSyntax>? SummaryContent(ISymbol symbol)
    {
        var declarations = symbol.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()).ToList();
        var parameter = declarations.Count == 1 ? declarations[0] as ParameterSyntax : null;
        var comments = (parameter is { Parent.Parent: TypeDeclarationSyntax record } ? DocComments(record) : declarations.SelectMany(DocComments)).ToList();
        if (comments.Any(comment => comment.ContainsDiagnostics))
        {
            return null;
        }

        var wanted = parameter is null ? "summary" : "param";
        foreach (var element in comments.SelectMany(comment => comment.Content).OfType<XmlElementSyntax>())
        {
            if (NameOf(element.StartTag.Name) == wanted
                && (parameter is null || element.StartTag.Attributes.OfType<XmlNameAttributeSyntax>().Any(a => a.Identifier.Identifier.ValueText == parameter.Identifier.ValueText)))
            {
                return element.Content;
            }
        }

        return null;
    }

    /// <summary>The doc comments before a declaration, in order; none when the parse options leave doc comments unparsed.</summary>
    private static IEnumerable<DocumentationCommentTriviaSyntax> DocComments(SyntaxNode declaration) =>
        declaration.GetLeadingTrivia()
            .Where(trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            .Select(trivia => trivia.GetStructure())
            .OfType<DocumentationCommentTriviaSyntax>();

    private static void AppendText(SyntaxList<XmlNodeSyntax> content, StringBuilder text, Compilation compilation)
    {
        foreach (var node in content)
        {
            switch (node)
            {
                case XmlTextSyntax plain when !IsWhiteSpace(plain):
                    text.Append(TextOf(plain.TextTokens));
                    break;
                case XmlCDataSectionSyntax data:
                    text.Append(TextOf(data.TextTokens));
                    break;
                case XmlEmptyElementSyntax reference when IsReference(reference.Name):
                    text.Append(ReferenceName(reference.Attributes, compilation));
                    break;
                case XmlElementSyntax reference when IsReference(reference.StartTag.Name) && reference.Content.All(IsWhiteSpace):
                    text.Append(ReferenceName(reference.StartTag.Attributes, compilation));
                    break;
                case XmlElementSyntax nested:
                    AppendText(nested.Content, text, compilation);
                    break;
            }
        }
    }

    private static bool IsReference(XmlNameSyntax name) => NameOf(name) is "see" or "seealso" or "paramref" or "typeparamref";

    private static string NameOf(XmlNameSyntax name) => name.LocalName.ValueText;

    /// <summary>Whether a node is text of white space alone, which an XML reader does not keep between elements.</summary>
    private static bool IsWhiteSpace(XmlNodeSyntax node) => node is XmlTextSyntax plain && string.IsNullOrWhiteSpace(TextOf(plain.TextTokens));

    private static string TextOf(SyntaxTokenList tokens) => string.Concat(tokens.Select(token => token.ValueText));

    /// <summary>
    /// The short name a reference shows, from the value the compiler writes: a cref is bound to its documentation id
    /// (<c>T:RelationsData.Actor</c> reads "Actor"; one that binds to nothing is "!:" and its text), <c>langword="null"</c> reads "null".
    /// </summary>
    private static string ReferenceName(SyntaxList<XmlAttributeSyntax> attributes, Compilation compilation)
    {
        var target = AttributeValue(attributes, "cref", compilation) ?? AttributeValue(attributes, "langword", compilation) ?? AttributeValue(attributes, "name", compilation) ?? string.Empty;
        var parameters = target.IndexOf('(');
        var name = parameters < 0 ? target : target.Substring(0, parameters);
        return name.Substring(name.LastIndexOfAny(NameSeparators) + 1);
    }

    private static string? AttributeValue(SyntaxList<XmlAttributeSyntax> attributes, string name, Compilation compilation)
    {
        foreach (var attribute in attributes)
        {
            if (NameOf(attribute.Name) != name)
            {
                continue;
            }

            switch (attribute)
            {
                case XmlCrefAttributeSyntax cref:
                    var info = compilation.GetSemanticModel(cref.SyntaxTree).GetSymbolInfo(cref.Cref);
                    var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                    return symbol?.GetDocumentationCommentId() ?? "!:" + cref.Cref;
                case XmlNameAttributeSyntax named:
                    return named.Identifier.Identifier.ValueText;
                case XmlTextAttributeSyntax plain:
                    return TextOf(plain.TextTokens);
            }
        }

        return null;
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
