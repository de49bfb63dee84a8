using System;

namespace RelationsData;

/// <summary>
/// Marks a property of a <see cref="Fact"/> record that holds the id of an actor (a string) or the ids of several (an
/// array of strings), with the role they play. The source generator writes the record's <see cref="Fact.Involvements"/>
/// from every marked property, in declaration order (the record must be declared <c>partial</c>), and stores each actor's
/// records with the table, so actor queries answer without building the records they do not return.
/// </summary>
/// <remarks>
/// Mark every actor property of a record or none: a record whose involvements need other logic leaves the attribute out
/// and overrides <see cref="Fact.Involvements"/> itself.
/// </remarks>
/// <example>
/// <code>
/// [References(typeof(Actor))]
/// [Involves(ActorRole.Party)]
/// public required ImmutableArray&lt;string&gt; Parties { get; init; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class InvolvesAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="role">The role of the actors the property names.</param>
    public InvolvesAttribute(ActorRole role) => Role = role;

    /// <summary>Gets the role of the actors the property names.</summary>
    public ActorRole Role { get; }
}
