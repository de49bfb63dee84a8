using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using RelationsData;
using RelationsData.Generated.RelationsData_AotConsumer;

[assembly: DatasetAsOf(2025, 6, 30)]

namespace RelationsData.AotConsumer;

/// <summary>A visit between states: a kind of fact of this program's own, compiled from data/visits.yaml.</summary>
public sealed record Visit : Fact
{
    /// <summary>Gets the day or days of the visit.</summary>
    public required DateRange When { get; init; }

    /// <summary>Gets the visiting side.</summary>
    [References(typeof(Actor))]
    public required string Guest { get; init; }

    /// <summary>Gets the receiving side.</summary>
    [References(typeof(Actor))]
    public required string Host { get; init; }

    /// <inheritdoc/>
    public override DateRange? Extent => When;

    /// <inheritdoc/>
    public override ImmutableArray<Involvement> Involvements => [new(Guest, ActorRole.Initiator), new(Host, ActorRole.Target)];
}

[DatasetTable("sources", typeof(Source))]
public static partial class MySources;

[DatasetTable("actors", typeof(Actor))]
public static partial class MyActors;

[DatasetTable("visits", typeof(Visit))]
public static partial class Visits;

/// <summary>Prints answers from the shipped data and from this program's own, then every export of both.</summary>
public static class Program
{
    public static void Main()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        output.WriteLine($"shipped: {RelationsDataset.Facts.Length} facts, {RelationsDataset.Records.Length} records, as of {RelationsDataset.AsOf:yyyy-MM-dd}");
        output.WriteLine($"members on 1998-06-01: {string.Join(", ", Memberships.All.ActiveOn(new LocalDate(1998, 6, 1)).Select(m => m.Id))}");
        output.WriteLine($"security events in 2020: {Events.All.InDimensions(Dimensions.Security).Overlapping(2020).Count()}");
        output.WriteLine($"related to friendship-treaty-1997: {string.Join(", ", RelationsDataset.RelatedFacts("friendship-treaty-1997").Select(f => f.Id))}");
        output.WriteLine($"flags: {string.Join(", ", DatasetNames.FlagsOf(Dimensions.Political | Dimensions.Security))}");

        var mine = DatasetRegistry.Dataset;
        output.WriteLine($"own kinds: {string.Join(", ", mine.Kinds.Select(k => k.Name))}; as of {mine.AsOf:yyyy-MM-dd}");
        output.WriteLine($"own timeline: {string.Join(", ", mine.Facts.Select(f => $"{f.Id} ({f.Extent})"))}");
        output.WriteLine($"own visits in 2024: {Visits.All.Overlapping(2024).Count()}");
        output.Flush();

        var stream = Console.OpenStandardOutput();
        DatasetExport.WriteJson(stream);
        DatasetExport.WriteJsonLines(stream);
        DatasetExport.WriteJson(stream, mine);
        DatasetExport.WriteJsonLines(stream, mine);
        foreach (var kind in DatasetExport.Kinds)
        {
            DatasetExport.WriteCsv(output, kind);
        }

        DatasetExport.WriteCsv(output, "visits", mine);
    }
}
