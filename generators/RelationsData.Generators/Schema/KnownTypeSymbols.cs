using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generators.Schema;

/// <summary>
/// The types the schema reader recognises, resolved once per compilation and compared as symbols, not as display strings
/// (as System.Text.Json's generator does): a type of the same name elsewhere is not mistaken for one of them.
/// </summary>
internal sealed class KnownTypeSymbols
{
    private static readonly ConditionalWeakTable<Compilation, KnownTypeSymbols> Cache = new();

    private KnownTypeSymbols(Compilation compilation)
    {
        PartialDate = compilation.GetTypeByMetadataName("RelationsData.PartialDate");
        DateRange = compilation.GetTypeByMetadataName("RelationsData.DateRange");
        ImmutableArray = compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray`1");
        FlagsAttribute = compilation.GetTypeByMetadataName("System.FlagsAttribute");
        ReferencesAttribute = compilation.GetTypeByMetadataName("RelationsData.ReferencesAttribute");
        MinCountAttribute = compilation.GetTypeByMetadataName("RelationsData.MinCountAttribute");
        ValueRangeAttribute = compilation.GetTypeByMetadataName("RelationsData.ValueRangeAttribute");
        ChronologyAttribute = compilation.GetTypeByMetadataName("RelationsData.ChronologyAttribute");
        DocumentedAttribute = compilation.GetTypeByMetadataName("RelationsData.DocumentedAttribute");
        ExtentAttribute = compilation.GetTypeByMetadataName("RelationsData.ExtentAttribute");
        InvolvesAttribute = compilation.GetTypeByMetadataName("RelationsData.InvolvesAttribute");
    }

    public INamedTypeSymbol? PartialDate { get; }

    public INamedTypeSymbol? DateRange { get; }

    /// <summary>Gets <c>ImmutableArray&lt;T&gt;</c>, unbound.</summary>
    public INamedTypeSymbol? ImmutableArray { get; }

    public INamedTypeSymbol? FlagsAttribute { get; }

    public INamedTypeSymbol? ReferencesAttribute { get; }

    public INamedTypeSymbol? MinCountAttribute { get; }

    public INamedTypeSymbol? ValueRangeAttribute { get; }

    public INamedTypeSymbol? ChronologyAttribute { get; }

    public INamedTypeSymbol? DocumentedAttribute { get; }

    public INamedTypeSymbol? ExtentAttribute { get; }

    public INamedTypeSymbol? InvolvesAttribute { get; }

    public static KnownTypeSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new KnownTypeSymbols(c));

    /// <summary>Whether <paramref name="type"/>, or the generic type it constructs, is <paramref name="known"/>.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);
}
