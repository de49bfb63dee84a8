namespace RelationsData.Generators.Tests;

/// <summary>A record type of a user's own, with a property of every kind the generator supports.</summary>
internal static class Fixtures
{
    public const string SampleTypes = """
        using System.Collections.Immutable;
        using RelationsData;

        namespace Fixture;

        public enum Colour { Red, Green, Blue }

        [System.Flags]
        public enum Tags { None = 0, Old = 1, New = 2 }

        public sealed record Place
        {
            public required string Name { get; init; }
            public double? Latitude { get; init; }
        }

        public sealed record Sample : IRecord
        {
            public required string Id { get; init; }
            [Documented] public required string Title { get; init; }
            [Chronology] public DateRange? When { get; init; }
            public PartialDate? Noted { get; init; }
            public bool Verified { get; init; }
            public int Rank { get; init; }
            public long Population { get; init; }
            public decimal Amount { get; init; }
            public Colour? Colour { get; init; }
            public Tags Tags { get; init; }
            public ImmutableArray<Place> Places { get; init; }
            [References(typeof(Sample))] public ImmutableArray<string> SeeAlso { get; init; }
            [Documented] public string? Quote { get; init; }
            public int Computed => Rank * 2;
        }

        [DatasetTable("samples", typeof(Sample))]
        public static partial class Samples;
        """;

    public const string SampleYaml = """
        samples:
          - id: later
            title: "Later: with \"quotes\" & <angles>"
            when: 2024-04~/..
            verified: true
            rank: -3
            population: 10000000
            amount: 1.5
            colour: green
            tags: [old, new]
            places:
              - { name: Baku, latitude: 40.4093 }
            seeAlso: [earlier]
            quote: |
              Two
              lines
          - id: undated
            title: Undated
          - id: earlier
            title: Earlier
            when: 1997
            noted: 1997-07-03
        """;
}
