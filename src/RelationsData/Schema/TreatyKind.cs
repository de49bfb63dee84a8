namespace RelationsData;

/// <summary>The form of a <see cref="Treaty"/>: treaties, declarations, statements, memoranda, conventions and agreements.</summary>
public enum TreatyKind
{
    /// <summary>A treaty in the narrow sense.</summary>
    Treaty = 0,

    /// <summary>An agreement, including an exchange establishing relations.</summary>
    Agreement = 1,

    /// <summary>A joint political declaration.</summary>
    Declaration = 2,

    /// <summary>A joint statement, such as a ceasefire statement.</summary>
    Statement = 3,

    /// <summary>A memorandum of understanding.</summary>
    Memorandum = 4,

    /// <summary>A multilateral convention.</summary>
    Convention = 5,

    /// <summary>A protocol to another instrument.</summary>
    Protocol = 6,

    /// <summary>A cooperation programme or framework document one joins, such as NATO's Partnership for Peace.</summary>
    Programme = 7,

    /// <summary>A plan agreed with an organisation, such as a NATO Individual Partnership Action Plan.</summary>
    ActionPlan = 8,

    /// <summary>A lease of a facility to another state.</summary>
    Lease = 9,
}
