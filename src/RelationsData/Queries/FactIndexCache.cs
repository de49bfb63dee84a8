using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace RelationsData;

/// <summary>
/// Finds the <see cref="FactIndex{T}"/> of an immutable array or a generated table, building it on the first query. An
/// array's index is keyed weakly by its storage, so it lives as long as the array; a table keeps its own. A table whose
/// generator stored its fact columns is indexed from them without building a record.
/// </summary>
internal static class FactIndexCache<T>
    where T : Fact
{
    private static readonly ConditionalWeakTable<T[], FactIndex<T>> Indexes = new();

    public static FactIndex<T> For(ImmutableArray<T> facts) =>
        Indexes.GetValue(ImmutableCollectionsMarshal.AsArray(facts.IsDefault ? [] : facts)!, static array => new FactIndex<T>(array, FactColumns.Of(array)));

    public static FactIndex<T> For(RecordTable<T> table)
    {
        if (Volatile.Read(ref table.Index) is FactIndex<T> index)
        {
            return index;
        }

        var built = new FactIndex<T>(table, table.ReadFactColumns() ?? FactColumns.Of(table));
        return Interlocked.CompareExchange(ref table.Index, built, null) as FactIndex<T> ?? built;
    }
}

/// <summary>Facts that have an index: an immutable array or a generated table. Found on the first query, not before.</summary>
internal readonly struct IndexedFacts<T>
    where T : Fact
{
    private readonly ImmutableArray<T> array;
    private readonly RecordTable<T>? table;

    public IndexedFacts(ImmutableArray<T> array) => this.array = array;

    public IndexedFacts(RecordTable<T> table) => this.table = table;

    public FactIndex<T> Index => table is null ? FactIndexCache<T>.For(array) : FactIndexCache<T>.For(table);

    /// <summary>Tells whether a sequence is one that has an index.</summary>
    public static bool TryFrom(IEnumerable<T> facts, out IndexedFacts<T> indexed)
    {
        switch (facts)
        {
            case ImmutableArray<T> array:
                indexed = new IndexedFacts<T>(array);
                return true;
            case RecordTable<T> table:
                indexed = new IndexedFacts<T>(table);
                return true;
            default:
                indexed = default;
                return false;
        }
    }
}
