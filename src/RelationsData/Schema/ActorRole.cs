namespace RelationsData;

/// <summary>The part an actor plays in a record, as <see cref="Fact.Involvements"/> reports it.</summary>
public enum ActorRole
{
    /// <summary>A party to a treaty (<see cref="Treaty.Parties"/>).</summary>
    Party = 0,

    /// <summary>The member in a membership (<see cref="Membership.Member"/>).</summary>
    Member = 1,

    /// <summary>The organisation in a membership (<see cref="Membership.Organisation"/>).</summary>
    Organisation = 2,

    /// <summary>An actor who acted in an event (<see cref="Event.Initiators"/>).</summary>
    Initiator = 3,

    /// <summary>An actor acted upon in an event (<see cref="Event.Targets"/>).</summary>
    Target = 4,

    /// <summary>A leader who defined an era (<see cref="Era.Leaders"/>).</summary>
    Leader = 5,

    /// <summary>A state a corridor crosses or serves (<see cref="Corridor.Countries"/>), or a state whose era it is (<see cref="Era.States"/>).</summary>
    Country = 6,

    /// <summary>A company or state that operates or uses a corridor (<see cref="Corridor.Operators"/>).</summary>
    Operator = 7,

    /// <summary>The actor a statistic or scenario is about (<see cref="Statistic.Subject"/>, <see cref="Scenario.Actors"/>).</summary>
    Subject = 8,
}
