using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace RelationsData;

/// <summary>
/// A generated table's records in chronological order, each built the first time it is read and then shared. Reading
/// one record, asking for one id or running an indexed query builds only the records involved, so a table costs nothing
/// until it is used and little more than what is read.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// <para>
/// It is an immutable, indexable list: <c>foreach</c> uses a struct enumerator, indexing and <see cref="Count"/> are
/// O(1), and every LINQ operator works on it. The date, dimension and actor queries (<see cref="DateQueries"/>,
/// <see cref="DimensionQueries"/>, <see cref="ActorQueries"/>) use indexes stored with the table when its record type
/// marks its extent and actors, and otherwise build them from the records on the first query.
/// </para>
/// <para>
/// Every member is safe to call from any thread; two threads that build the same record at once agree on one instance.
/// </para>
/// </remarks>
public sealed class RecordTable<T> : IReadOnlyList<T>
    where T : class
{
    private readonly RecordStorage<T> storage;
    private readonly LazySlots<T> records;

    /// <summary>The table's query index, set by its first indexed query (see <see cref="FactIndexCache{T}"/>).</summary>
    internal object? Index;

    /// <summary>Initializes a table over its storage; generated tables call this, once per table.</summary>
    /// <param name="storage">Where the records are read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="storage"/> is null.</exception>
    public RecordTable(RecordStorage<T> storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        this.storage = storage;
        records = new LazySlots<T>(storage.Count);
    }

    /// <summary>Gets the number of records.</summary>
    public int Count => records.Count;

    /// <summary>Gets the number of records; the same as <see cref="Count"/>, for code written against arrays.</summary>
    public int Length => records.Count;

    /// <summary>Gets the record at a position, building it on first use.</summary>
    /// <param name="index">The position, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the table.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, records.Count);
            return records.Get(index) ?? records.Fill(index, storage.Read(index));
        }
    }

    /// <summary>Finds a record by id (ordinal comparison), building only that record.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="record">The record, or null when no record has that id.</param>
    /// <returns>True when a record has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [NotNullWhen(true)] out T? record)
    {
        ArgumentNullException.ThrowIfNull(id);
        var position = storage.Find(id);
        record = position < 0 ? null : this[position];
        return record is not null;
    }

    /// <summary>Returns an enumerator over the records in order, building each on first use.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

    /// <summary>Reads the columns the generator stored for the fact queries; null when it stored none.</summary>
    internal FactColumns? ReadFactColumns() => storage.ReadFactColumns();

    /// <summary>Enumerates a <see cref="RecordTable{T}"/> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly RecordTable<T> table;
        private int position;

        internal Enumerator(RecordTable<T> table)
        {
            this.table = table;
            position = -1;
        }

        /// <summary>Gets the record at the enumerator's position.</summary>
        public readonly T Current => table[position];

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next record.</summary>
        /// <returns>False when the table is done.</returns>
        public bool MoveNext() => ++position < table.records.Count;

        /// <summary>Moves back before the first record.</summary>
        public void Reset() => position = -1;

        /// <summary>Does nothing; the enumerator holds no resources.</summary>
        public readonly void Dispose()
        {
        }
    }
}
