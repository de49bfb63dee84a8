using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Package.Tests;

/// <summary>Reads an assembly's public surface through Roslyn: every public type and its public and protected members, with full signatures.</summary>
internal static class PublicApi
{
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints | SymbolDisplayGenericsOptions.IncludeVariance,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeConstantValue | SymbolDisplayMemberOptions.IncludeExplicitInterface | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeMemberKeyword | SymbolDisplayKindOptions.IncludeTypeKeyword,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        parameterOptions: SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeExtensionThis | SymbolDisplayParameterOptions.IncludeOptionalBrackets,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

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

    public static string Dump(IAssemblySymbol assembly)
    {
        var text = new StringBuilder();
        foreach (var type in Types(assembly))
        {
            var bases = new[] { type.BaseType }.Where(b => b is not null && b.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum))
                .Concat(type.Interfaces).Select(b => b!.ToDisplayString(Signature.WithKindOptions(SymbolDisplayKindOptions.None))).ToList();
            text.Append(Header(type)).Append(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty).Append('\n');
            foreach (var member in Members(type).Select(m => m.ToDisplayString(Signature)).Order(System.StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Header(INamedTypeSymbol type)
    {
        var access = type.DeclaredAccessibility == Accessibility.Public ? "public" : "protected";
        var modifier = type.IsStatic ? " static" : type.IsAbstract && type.TypeKind == TypeKind.Class ? " abstract" : type.IsSealed && type.TypeKind == TypeKind.Class ? " sealed" : string.Empty;
        var readOnly = type.IsReadOnly ? " readonly" : string.Empty;
        var kind = (type.IsRecord || IsRecordStruct(type), type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (_, TypeKind.Struct) => "struct",
            (_, TypeKind.Enum) => "enum",
            (_, TypeKind.Interface) => "interface",
            (_, TypeKind.Delegate) => "delegate",
            _ => "class",
        };
        return $"{access}{modifier}{readOnly} {kind} {type.ToDisplayString(Signature.WithKindOptions(SymbolDisplayKindOptions.None))}";
    }

    /// <summary>
    /// Roslyn does not recognise a record struct read from metadata; its synthesized <c>ToString</c> carries
    /// <c>[CompilerGenerated]</c>, which a hand-written struct's does not.
    /// </summary>
    private static bool IsRecordStruct(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Struct
        && type.GetMembers(nameof(ToString)).Any(m => m.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));

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
