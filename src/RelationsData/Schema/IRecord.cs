namespace RelationsData;

/// <summary>A record of the dataset that other records can refer to by its id.</summary>
public interface IRecord
{
    /// <summary>Gets the record's id: lower-case words joined by hyphens, unique across the whole dataset, such as "friendship-treaty-1997".</summary>
    string Id { get; }
}
