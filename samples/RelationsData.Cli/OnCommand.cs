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
        var command = new Command("on", "What held on a day: eras, memberships, treaties in force, presences under way, corridors and installations operating.")
        {
            day,
        };
        command.SetAction(result =>
        {
            Write(Terminal.For(result.InvocationConfiguration.Output), result.GetValue(day));
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, LocalDate day)
    {
        // Open-ended facts are ongoing only as far as the data goes, so say how far that is.
        console.Write(new Rule($"[bold]{day:yyyy-MM-dd}[/] (data as of {RelationsDataset.AsOf:yyyy-MM-dd})").LeftJustified());

        Group(console, "Eras", Eras.All.ActiveOn(day), ["Span", "Era", "Id"], era => [Cells.Plain(Describe.Date(era.Span)), Cells.Plain(era.Title), Cells.Id(era)]);

        Group(console, "Memberships", Memberships.All.ActiveOn(day), ["Member", "Role", "Organisation", "Span", "Id"], m =>
            [Cells.Plain(Describe.Actor(m.Member)), Cells.Plain(Describe.Name(m.Role)), Cells.Plain(Describe.Actor(m.Organisation)), Cells.Plain(Describe.Date(m.Span)), Cells.Id(m)]);

        Group(console, "Treaties in force", TreatiesInForce(day), ["Signed", "Treaty", "Parties", "In force", "Id"], t =>
            [Cells.Plain(t.Signed.ToString()), Cells.Plain(t.Title), Cells.Plain(Describe.ActorNames(t.Parties)), Cells.Plain(t.InForce is { } span ? Describe.Date(span) : "entry into force not recorded"), Cells.Id(t)]);

        // An event with a span is a presence or a process under way; a single date, even a whole year, is not.
        Group(console, "Presences and processes under way", Events.All.ActiveOn(day).Where(e => !e.When.IsSingleDate), ["Span", "Event", "Tone", "Id"], e =>
            [Cells.Plain(Describe.Date(e.When)), Cells.Plain(e.Title), Cells.Tone(e.Tone), Cells.Id(e)]);

        Group(console, "Corridors and installations operating", Corridors.All.ActiveOn(day), ["Span", "Corridor", "Kind", "Id"], c =>
            [Cells.Plain(Describe.Date(c.Span)), Cells.Plain(c.Title), Cells.Plain(Describe.Name(c.Kind)), Cells.Id(c)]);
    }

    /// <summary>Treaties in force that day and those the sources cannot place (<see cref="TreatyStanding.Unknown"/>): a reader asking "on" wants both, told apart.</summary>
    private static IEnumerable<Treaty> TreatiesInForce(LocalDate day) => Treaties.All.Where(t => t.StandingOn(day) != TreatyStanding.NotInForce);

    private static void Group<T>(IAnsiConsole console, string heading, IEnumerable<T> facts, string[] columns, Func<T, IRenderable[]> row)
    {
        var rows = facts.Select(row).ToList();
        console.WriteLine();
        console.Write(new Markup($"[bold]{heading}[/] ({rows.Count})\n"));
        if (rows.Count == 0)
        {
            return;
        }

        var table = Cells.Table(columns);
        foreach (var cells in rows)
        {
            table.AddRow(cells);
        }

        console.Write(table);
    }
}
