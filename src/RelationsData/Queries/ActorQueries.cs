using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RelationsData;

/// <summary>Queries facts by the actors they involve, in any role or in one role.</summary>
/// <example>
/// <code>
/// var russianActions = Events.All.Involving("russia", ActorRole.Initiator);
/// var everything = RelationsDataset.Facts.Involving("socar");
/// </code>
/// </example>
public static class ActorQueries
{
    /// <summary>Returns the facts that involve an actor in any role, using the array's index: <c>facts.Where(f => f.Involvements.Any(i => i.ActorId == actorId))</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="actorId">The actor's id, such as "russia".</param>
    /// <returns>The facts, in the array's order.</returns>
    public static IEnumerable<T> Involving<T>(this ImmutableArray<T> facts, string actorId)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return FactIndex<T>.Involving(new IndexedFacts<T>(facts), actorId);
    }

    /// <summary>Returns the facts that involve an actor in one role, using the array's index: <c>facts.Where(f => f.Involvements.Contains(new(actorId, role)))</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="actorId">The actor's id, such as "russia".</param>
    /// <param name="role">The role, such as <see cref="ActorRole.Initiator"/>.</param>
    /// <returns>The facts, in the array's order.</returns>
    public static IEnumerable<T> Involving<T>(this ImmutableArray<T> facts, string actorId, ActorRole role)
        where T : Fact => facts.Involving(actorId).Where(f => f.Involvements.Contains(new Involvement(actorId, role)));

    /// <summary>Returns the facts that involve an actor in any role: <c>facts.Where(f => f.Involvements.Any(i => i.ActorId == actorId))</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The facts, in the source's order.</returns>
    public static IEnumerable<T> Involving<T>(this IEnumerable<T> facts, string actorId)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return IndexedFacts<T>.TryFrom(facts, out var indexed) ? FactIndex<T>.Involving(indexed, actorId) : Scanning(facts, actorId);
    }

    // Apart, so that the indexed path does not allocate the lambda's closure.
    private static IEnumerable<T> Scanning<T>(IEnumerable<T> facts, string actorId)
        where T : Fact => facts.Where(f => f.Involvements.Any(i => i.ActorId == actorId));

    /// <summary>Returns the facts that involve an actor in one role: <c>facts.Where(f => f.Involvements.Contains(new(actorId, role)))</c>.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <param name="actorId">The actor's id.</param>
    /// <param name="role">The role.</param>
    /// <returns>The facts, in the source's order.</returns>
    public static IEnumerable<T> Involving<T>(this IEnumerable<T> facts, string actorId, ActorRole role)
        where T : Fact
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return facts.Involving(actorId).Where(f => f.Involvements.Contains(new Involvement(actorId, role)));
    }

    /// <summary>Returns the actors a fact involves, resolved to their records, optionally in one role only.</summary>
    /// <param name="fact">The fact, such as a treaty.</param>
    /// <param name="role">The role, or null for every role.</param>
    /// <returns>The actors in the order of <see cref="Fact.Involvements"/>, each once.</returns>
    public static IEnumerable<Actor> ActorsOf(this Fact fact, ActorRole? role = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Involvements.Where(i => role is null || i.Role == role).Select(i => i.ActorId).Distinct(StringComparer.Ordinal).Select(Actors.Get);
    }
}
