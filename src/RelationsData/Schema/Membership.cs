namespace RelationsData;

/// <summary>An actor's membership of, or other role in, an organisation, programme or multilateral treaty, over a span of time.</summary>
public sealed partial record Membership : Fact
{
    /// <summary>Gets the id of the member (usually a state).</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Member)]
    public required string Member { get; init; }

    /// <summary>Gets the id of the organisation, programme or treaty.</summary>
    [References(typeof(Actor))]
    [Involves(ActorRole.Organisation)]
    public required string Organisation { get; init; }

    /// <summary>Gets the member's role.</summary>
    public required MembershipRole Role { get; init; }

    /// <summary>Gets when the membership held; open-ended while it still holds.</summary>
    [Chronology]
    [Documented]
    [Extent]
    public required DateRange Span { get; init; }

    /// <summary>Gets how the membership ended, or null while it holds or when the sources do not say.</summary>
    public MembershipEnd? Ended { get; init; }
}
