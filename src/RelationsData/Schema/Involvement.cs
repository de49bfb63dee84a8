namespace RelationsData;

/// <summary>An actor's part in a record: who, and in what role.</summary>
/// <param name="ActorId">The id of the actor.</param>
/// <param name="Role">The part the actor plays.</param>
public readonly record struct Involvement(string ActorId, ActorRole Role);
