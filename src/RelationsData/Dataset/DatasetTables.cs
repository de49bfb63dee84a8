// The data runs to the end of 2025: later facts are not recorded, and "ongoing" means ongoing on that day.
[assembly: RelationsData.DatasetAsOf(2025, 12, 31)]

namespace RelationsData;

/// <summary>The documents the dataset cites. Generated from the <c>sources:</c> lists in <c>data/</c>.</summary>
[DatasetTable("sources", typeof(Source))]
public static partial class Sources;

/// <summary>The states, organisations, people, companies, media outlets, missions and regions the dataset names. Generated from <c>actors:</c> lists.</summary>
[DatasetTable("actors", typeof(Actor))]
public static partial class Actors;

/// <summary>Treaties, agreements, declarations, statements, memoranda, conventions, programmes and leases. Generated from <c>treaties:</c> lists.</summary>
[DatasetTable("treaties", typeof(Treaty))]
public static partial class Treaties;

/// <summary>Memberships of organisations, programmes and multilateral treaties, and chairmanships. Generated from <c>memberships:</c> lists.</summary>
[DatasetTable("memberships", typeof(Membership))]
public static partial class Memberships;

/// <summary>Dated events with their kind, tone and actors. Generated from <c>events:</c> lists.</summary>
[DatasetTable("events", typeof(Event))]
public static partial class Events;

/// <summary>Periods of the relationship, such as presidencies and phases. Generated from <c>eras:</c> lists.</summary>
[DatasetTable("eras", typeof(Era))]
public static partial class Eras;

/// <summary>Pipelines, transport corridors and installations. Generated from <c>corridors:</c> lists.</summary>
[DatasetTable("corridors", typeof(Corridor))]
public static partial class Corridors;

/// <summary>Outlooks for the relationship with their horizon, likelihood and triggers. Generated from <c>scenarios:</c> lists.</summary>
[DatasetTable("scenarios", typeof(Scenario))]
public static partial class Scenarios;

/// <summary>Figures such as the border's length, areas and populations. Generated from <c>statistics:</c> lists.</summary>
[DatasetTable("statistics", typeof(Statistic))]
public static partial class Statistics;
