using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RelationsData;

/// <summary>
/// Finds the <see cref="FactIndex{T}"/> of an immutable array, building it on the array's first query. Keyed weakly by
/// the array's storage, so the generated tables' <c>All</c> arrays are indexed once for the life of the process.
/// </summary>
internal static class FactIndexCache<T>
    where T : Fact
{
    private static readonly ConditionalWeakTable<T[], FactIndex<T>> Indexes = new();

    public static FactIndex<T> For(ImmutableArray<T> facts) =>
        Indexes.GetValue(ImmutableCollectionsMarshal.AsArray(facts.IsDefault ? [] : facts)!, static array => new FactIndex<T>(array));
}
