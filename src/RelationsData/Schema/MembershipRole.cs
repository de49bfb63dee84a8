namespace RelationsData;

/// <summary>The role of a member in an organisation, programme or multilateral treaty.</summary>
public enum MembershipRole
{
    /// <summary>A full member or party.</summary>
    Member = 0,

    /// <summary>A founding member.</summary>
    Founder = 1,

    /// <summary>A partner that is not a member, such as in NATO's Partnership for Peace.</summary>
    Partner = 2,

    /// <summary>An observer.</summary>
    Observer = 3,

    /// <summary>The holder of the organisation's chair or presidency.</summary>
    Chair = 4,

    /// <summary>A state that has applied or declared interest in joining.</summary>
    Applicant = 5,
}
