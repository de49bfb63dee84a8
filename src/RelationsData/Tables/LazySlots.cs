using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace RelationsData;

/// <summary>
/// A fixed number of slots, each filled once, on first need: the cache of a generated table's records and of its
/// strings. Slots are kept in chunks of 1,024 made when one of their slots is filled, so that opening a table of a
/// million records allocates nothing per record, and a lookup allocates one chunk.
/// </summary>
/// <typeparam name="T">What the slots hold.</typeparam>
/// <remarks>Safe from any thread: two threads that fill one slot at once agree on one value, the first stored.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LazySlots<T>
    where T : class
{
    private const int ChunkBits = 10;
    private const int ChunkMask = (1 << ChunkBits) - 1;

    private readonly T?[]?[] chunks;

    /// <summary>Initializes <paramref name="count"/> empty slots.</summary>
    /// <param name="count">How many slots.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public LazySlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
        chunks = new T?[]?[(count + ChunkMask) >> ChunkBits];
    }

    /// <summary>Gets how many slots there are.</summary>
    public int Count { get; }

    /// <summary>Gets what a slot holds, or null when it is not filled yet.</summary>
    /// <param name="index">The slot, from 0 to <see cref="Count"/> - 1; not checked beyond the chunk it falls in.</param>
    /// <returns>The value, or null.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Get(int index)
    {
        var chunk = Volatile.Read(ref chunks[index >> ChunkBits]);
        return chunk is null ? null : Volatile.Read(ref chunk[index & ChunkMask]);
    }

    /// <summary>Fills a slot unless another thread filled it first.</summary>
    /// <param name="index">The slot, from 0 to <see cref="Count"/> - 1.</param>
    /// <param name="value">The value to store.</param>
    /// <returns>What the slot holds now: <paramref name="value"/>, or the value stored first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public T Fill(int index, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var chunk = Volatile.Read(ref chunks[index >> ChunkBits]);
        if (chunk is null)
        {
            var made = new T?[1 << ChunkBits];
            chunk = Interlocked.CompareExchange(ref chunks[index >> ChunkBits], made, null) ?? made;
        }

        return Interlocked.CompareExchange(ref chunk[index & ChunkMask], value, null) ?? value;
    }
}
