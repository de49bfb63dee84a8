using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NodaTime;
using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>relations timeline: every fact in date order, optionally only those sharing a day with a range, a dimension or an actor.</summary>
internal static class TimelineCommand
{
    // The widest days a partial date can name, for a range given at one end only.
    private static readonly LocalDate Earliest = new(1, 1, 1);
    private static readonly LocalDate Latest = new(9999, 12, 31);

    public static Command Create()
    {
        var from = Inputs.PartialDateOption("--from", "Only facts that last until this date or later: YYYY, YYYY-MM or YYYY-MM-DD.");
        var to = Inputs.PartialDateOption("--to", "Only facts that start by this date: YYYY, YYYY-MM or YYYY-MM-DD.");
        var dimension = Inputs.DimensionOption();
        var actor = Inputs.ActorOption("Only facts that involve this actor, in any role, such as russia or socar.");
        var wide = Inputs.WideOption();

        var command = new Command("timeline", "Facts in date order; with --from or --to, those that share at least one day with the range.")
        {
            from, to, dimension, actor, wide,
        };
        command.SetAction(result =>
        {
            var (start, end) = (result.GetValue(from), result.GetValue(to));
            if (start is { } s && end is { } e && e.End < s.Start)
            {
                result.InvocationConfiguration.Error.WriteLine($"--to {e} is before --from {s}.");
                return 1;
            }

            // Undated facts share no day with any range, so they appear only when no range is given.
            IEnumerable<Fact> facts = start is null && end is null
                ? RelationsDataset.Facts
                : RelationsDataset.Facts.Overlapping(new DateInterval(start?.Start ?? Earliest, end?.End ?? Latest));
            if (result.GetValue(dimension) is { } d)
            {
                facts = facts.InDimensions(d);
            }

            if (result.GetValue(actor) is { } id)
            {
                facts = facts.Involving(id);
            }

            Write(Terminal.For(result.InvocationConfiguration.Output, result.GetValue(wide)), facts.ToList());
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, List<Fact> facts)
    {
        // Three columns fit 80: the date and tone never wrap (a closed range puts its end on a second line, so the longest id fits), the title wraps at words above its id, kind and dimensions.
        var table = Cells.Table("Date", "Tone", "Fact");
        Cells.KeepWhole(table, 0, 1);
        table.Columns[1].RightAligned();
        foreach (var fact in facts)
        {
            table.AddRow(
                Cells.Span(fact.Extent),
                fact is Event e ? Cells.Tone(e.Tone) : Cells.Plain(string.Empty),
                Cells.Titled(fact, Describe.KindDetail(fact), Describe.Name(fact.Dimensions)));
        }

        console.Write(table);
        console.WriteLine($"{facts.Count} facts, data as of {RelationsDataset.AsOf:yyyy-MM-dd}");
    }
}
