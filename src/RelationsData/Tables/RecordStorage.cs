using System.ComponentModel;

namespace RelationsData;

/// <summary>
/// Where a generated table keeps its records until they are used: the source generator derives one class from this per
/// table, reading each record from data compiled into the assembly. <see cref="RecordTable{T}"/> calls it and caches
/// what it returns; application code uses the table, not this.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class RecordStorage<T>
    where T : class
{
    /// <summary>Initializes the storage of a table of <paramref name="count"/> records.</summary>
    /// <param name="count">How many records the table holds.</param>
    protected RecordStorage(int count) => Count = count;

    /// <summary>Gets how many records the table holds.</summary>
    public int Count { get; }

    /// <summary>Builds the record at a position, a new instance on each call.</summary>
    /// <param name="position">The record's position, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The record.</returns>
    public abstract T Read(int position);

    /// <summary>Finds the position of the record with an id (ordinal comparison), without building any record.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The position, or -1 when no record has that id.</returns>
    public abstract int Find(string id);

    /// <summary>
    /// Reads what the date, dimension and actor queries need, stored by the generator when the record type marks its
    /// extent and actors (<see cref="ExtentAttribute"/>, <see cref="InvolvesAttribute"/>); null otherwise, and the
    /// queries then read the records themselves.
    /// </summary>
    /// <returns>The columns, or null.</returns>
    public virtual FactColumns? ReadFactColumns() => null;
}
