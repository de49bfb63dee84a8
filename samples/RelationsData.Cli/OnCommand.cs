using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace RelationsData.Cli;

/// <summary>relations on DATE: what held that day, grouped: eras, memberships, treaties in force, presences and infrastructure.</summary>
internal static class OnCommand
{
    public static Command Create()
    {
        var day = Inputs.DayArgument("DATE", "The day, as YYYY-MM-DD.");
        var wide = Inputs.WideOption();
        var command = new Command("on", "What held on a day: eras, memberships, treaties in force, presences under way, corridors and installations operating.")
        {
            day, wide,
        };
        command.SetAction(result =>
        {
            Write(Terminal.For(result.InvocationConfiguration.Output, result.GetValue(wide)), result.GetValue(day));
            return 0;
        });
        return command;
    }

    // Each group is laid out as timeline and treaties are, so it fits 80 columns: the span (or signing date) and tone
    // never wrap, and the fact's title wraps at words above its id and details, in a column always wide enough for the id.
    private static void Write(IAnsiConsole console, LocalDate day)
    {
        // Open-ended facts are ongoing only as far as the data goes, so say how far that is.
        console.Write(new Rule($"[bold]{day:yyyy-MM-dd}[/] (data as of {RelationsDataset.AsOf:yyyy-MM-dd})").LeftJustified());

        Group(console, "Eras", Eras.All.ActiveOn(day), Table("Span", "Era"), era => [Cells.Span(era.Span), Cells.Titled(era)]);

        Group(console, "Memberships", Memberships.All.ActiveOn(day), Table("Span", "Membership"), m =>
            [Cells.Span(m.Span), Cells.Titled(m, Describe.Name(m.Role))]);

        var treaties = Table("Signed", "Treaty", "Parties");
        treaties.Columns[2].Width(TreatiesCommand.PartiesWidth);
        Group(console, "Treaties in force", TreatiesInForce(day), treaties, t =>
            [Cells.Plain(t.Signed.ToString()), Cells.Titled(t, t.InForce is { } span ? "in force " + Describe.Date(span) : "entry into force not recorded"), Cells.Plain(Describe.ActorNames(t.Parties))]);

        // An event with a span is a presence or a process under way; a single date, even a whole year, is not.
        var events = Table("Span", "Tone", "Event");
        Cells.KeepWhole(events, 1);
        events.Columns[1].RightAligned();
        Group(console, "Presences and processes under way", Events.All.ActiveOn(day).Where(e => !e.When.IsSingleDate), events, e =>
            [Cells.Span(e.When), Cells.Tone(e.Tone), Cells.Titled(e)]);

        Group(console, "Corridors and installations operating", Corridors.All.ActiveOn(day), Table("Span", "Corridor"), c =>
            [Cells.Span(c.Span), Cells.Titled(c, Describe.Name(c.Kind))]);
    }

    /// <summary>A group's table, its first column (a span or a date) kept whole.</summary>
    private static Table Table(params string[] columns)
    {
        var table = Cells.Table(columns);
        Cells.KeepWhole(table, 0);
        return table;
    }

    /// <summary>Treaties in force that day and those the sources cannot place (<see cref="TreatyStanding.Unknown"/>): a reader asking "on" wants both, told apart.</summary>
    private static IEnumerable<Treaty> TreatiesInForce(LocalDate day) => Treaties.All.Where(t => t.StandingOn(day) != TreatyStanding.NotInForce);

    private static void Group<T>(IAnsiConsole console, string heading, IEnumerable<T> facts, Table table, Func<T, IRenderable[]> row)
    {
        var rows = facts.Select(row).ToList();
        console.WriteLine();
        console.Write(new Markup($"[bold]{heading}[/] ({rows.Count})\n"));
        if (rows.Count == 0)
        {
            return;
        }

        foreach (var cells in rows)
        {
            table.AddRow(cells);
        }

        console.Write(table);
    }
}
