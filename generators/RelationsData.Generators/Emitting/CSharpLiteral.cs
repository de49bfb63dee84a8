using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generators.Emitting;

/// <summary>Renders values as C# source, always with the invariant culture.</summary>
internal static class CSharpLiteral
{
    /// <summary>A quoted string literal, escaped by the compiler's own rules (control characters and line separators included).</summary>
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
