using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Package.Tests;

/// <summary>Reads an assembly's public surface through Roslyn, for the checks PublicApiGenerator's text cannot make: every public type and its public and protected members, with the types they mention.</summary>
internal static class PublicApi
{
    public static IAssemblySymbol Load(string assemblyPath)
    {
        var platform = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        var references = platform.Append(assemblyPath).Append(typeof(NodaTime.LocalDate).Assembly.Location).Distinct().Select(p => MetadataReference.CreateFromFile(p)).ToList();
        var compilation = CSharpCompilation.Create("PublicApiReader", references: references);
        return compilation.References.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>().Single(a => a.Name == System.IO.Path.GetFileNameWithoutExtension(assemblyPath));
    }

    public static IEnumerable<INamedTypeSymbol> Types(IAssemblySymbol assembly) =>
        AllTypes(assembly.GlobalNamespace).Where(IsVisible).OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal);

    public static IEnumerable<ISymbol> Members(INamedTypeSymbol type) => type.GetMembers()
        .Where(IsVisible)
        .Where(m => m.CanBeReferencedByName || m is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion })
        .Where(m => m is not IMethodSymbol { AssociatedSymbol: not null })
        .Where(m => m is not IMethodSymbol { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: true })
        .Where(m => m is not INamedTypeSymbol);

    /// <summary>Every type a member's signature mentions, including type arguments and array elements.</summary>
    public static IEnumerable<ITypeSymbol> TypesMentioned(ISymbol member)
    {
        var roots = member switch
        {
            IPropertySymbol p => new[] { p.Type }.Concat(p.Parameters.Select(x => x.Type)),
            IMethodSymbol m => new[] { m.ReturnType }.Concat(m.Parameters.Select(x => x.Type)),
            IFieldSymbol f => new[] { f.Type },
            _ => [],
        };
        return roots.SelectMany(Expand);

        static IEnumerable<ITypeSymbol> Expand(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => new[] { type }.Concat(Expand(array.ElementType)),
            INamedTypeSymbol named => new[] { type }.Concat(named.TypeArguments.SelectMany(Expand)),
            _ => [type],
        };
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(Nested).Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static bool IsVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
        && (symbol.ContainingType is null || IsVisible(symbol.ContainingType));
}
