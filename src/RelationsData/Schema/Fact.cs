using System.Collections.Immutable;

namespace RelationsData;

/// <summary>
/// The common shape of every curated fact: a treaty, membership, event, era, corridor, scenario or statistic.
/// Each has an id, a title, a summary in the project's own words, the dimensions it bears on and at least one citation.
/// </summary>
public abstract record Fact : IRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets a short title, such as "Treaty of Friendship, Cooperation and Mutual Security".</summary>
    [Documented]
    public required string Title { get; init; }

    /// <summary>Gets a summary of the fact, written for this dataset (never copied from a source).</summary>
    [Documented]
    public required string Summary { get; init; }

    /// <summary>Gets the dimensions of the relationship this fact bears on; at least one.</summary>
    public required Dimensions Dimensions { get; init; }

    /// <summary>Gets the sources that support this fact; there is always at least one.</summary>
    [MinCount(1)]
    [Documented]
    public required ImmutableArray<Citation> Citations { get; init; }

    /// <summary>Gets the points where sources disagree about this fact, each with every cited value and the curated choice.</summary>
    public ImmutableArray<Discrepancy> Discrepancies { get; init; } = [];

    /// <summary>Gets the ids of other records this fact is closely related to, such as the treaty an event implements.</summary>
    [References]
    public ImmutableArray<string> Related { get; init; } = [];

    /// <summary>
    /// Gets the days this fact covers, which every date query uses; null when the fact is undated. Each kind says which
    /// of its fields this is: an event's <see cref="Event.When"/>, a membership's <see cref="Membership.Span"/>, and so on.
    /// A record marks them with <see cref="ExtentAttribute"/> and the source generator writes this property, or it
    /// overrides it itself.
    /// </summary>
    public abstract DateRange? Extent { get; }

    /// <summary>
    /// Gets every actor this fact involves, with the role each plays. A record marks its actor fields with
    /// <see cref="InvolvesAttribute"/> and the source generator writes this property, or it overrides it itself.
    /// </summary>
    public abstract ImmutableArray<Involvement> Involvements { get; }

    /// <summary>Pairs each id with a role, for <see cref="Involvements"/>.</summary>
    /// <param name="ids">The actor ids.</param>
    /// <param name="role">The role they play.</param>
    /// <returns>One involvement per id.</returns>
    protected static ImmutableArray<Involvement> Involve(ImmutableArray<string> ids, ActorRole role) =>
        ids.IsDefaultOrEmpty ? [] : ImmutableArray.CreateRange(ids, id => new Involvement(id, role));

    /// <summary>Pairs an id with a role, for <see cref="Involvements"/>.</summary>
    /// <param name="id">The actor id, or null for none.</param>
    /// <param name="role">The role it plays.</param>
    /// <returns>One involvement, or none when <paramref name="id"/> is null.</returns>
    protected static ImmutableArray<Involvement> Involve(string? id, ActorRole role) => id is null ? [] : [new Involvement(id, role)];
}
