namespace RelationsData.Synthetic;

/// <summary>The synthetic dataset's sources.</summary>
[DatasetTable("sources", typeof(Source))]
public static partial class Sources;

/// <summary>The synthetic dataset's actors, which its events refer to.</summary>
[DatasetTable("actors", typeof(Actor))]
public static partial class Actors;

/// <summary>The synthetic events, in chronological order like the library's <see cref="RelationsData.Events"/>.</summary>
[DatasetTable("events", typeof(Event))]
public static partial class Events;
