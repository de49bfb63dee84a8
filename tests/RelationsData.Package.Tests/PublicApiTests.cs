using System.Linq;
using Microsoft.CodeAnalysis;
using PublicApiGenerator;

namespace RelationsData.Package.Tests;

/// <summary>
/// The public API is approved: PublicApiGenerator writes it out, and any change fails until
/// Snapshots/RelationsData.PublicApi.verified.txt is updated. On top, the surface exposes no mutable collections and no
/// public setters.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly IAssemblySymbol Library = PublicApi.Load(typeof(Fact).Assembly.Location);

    private static readonly string[] MutableCollections =
    [
        "System.Collections.Generic.List<T>", "System.Collections.Generic.Dictionary<TKey, TValue>", "System.Collections.Generic.HashSet<T>",
        "System.Collections.Generic.IList<T>", "System.Collections.Generic.ICollection<T>", "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.ISet<T>", "System.Collections.ObjectModel.Collection<T>", "System.Collections.ArrayList", "System.Collections.Hashtable",
    ];

    [Fact]
    public void Public_api_matches_the_approved_file() =>
        Snapshot.Verify("RelationsData.PublicApi", "txt", typeof(Fact).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));

    [Fact]
    public void Public_api_exposes_no_mutable_collections()
    {
        var offenders = PublicApi.Types(Library)
            .SelectMany(type => PublicApi.Members(type).SelectMany(member => PublicApi.TypesMentioned(member).Select(mentioned => (member, mentioned))))
            .Where(pair => pair.mentioned is IArrayTypeSymbol || MutableCollections.Contains(pair.mentioned.OriginalDefinition.ToDisplayString()))
            .Select(pair => $"{pair.member.ToDisplayString()} mentions {pair.mentioned.ToDisplayString()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Records_have_no_public_setters()
    {
        var setters = PublicApi.Types(Library)
            .SelectMany(PublicApi.Members)
            .OfType<IPropertySymbol>()
            .Where(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false })
            .Select(p => p.ToDisplayString())
            .ToList();
        Assert.Empty(setters);
    }

    [Fact]
    public void Every_record_type_is_immutable_and_every_table_is_static()
    {
        var records = PublicApi.Types(Library).Where(t => t.IsRecord).ToList();
        Assert.Contains(records, r => r.Name == "Treaty");
        Assert.All(records, r => Assert.True(r.IsAbstract || r.IsSealed, $"{r.Name} should be sealed"));
        Assert.All(PublicApi.Types(Library).Where(t => t.GetAttributes().Any(a => a.AttributeClass?.Name == "DatasetTableAttribute")), t => Assert.True(t.IsStatic, $"{t.Name} should be static"));
    }
}
