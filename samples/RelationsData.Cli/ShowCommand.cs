using System;
using System.Collections;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>relations show ID: one record of any kind with every field, its citations, where its sources disagree, and what it relates to.</summary>
internal static class ShowCommand
{
    // Shown in sections of their own rather than as fields.
    private static readonly string[] Sections = [nameof(Fact.Citations), nameof(Fact.Discrepancies), nameof(Fact.Related)];

    public static Command Create()
    {
        var id = new Argument<string>("ID")
        {
            Description = "The record's id, such as friendship-treaty-1997, azerbaijan or rcsp-report (any case).",
            CustomParser = result => Inputs.RecordId(result, "record", RelationsDataset.Records),
        };

        var command = new Command("show", "One record with all its fields, its citations, its conflicting values and related facts.") { id };
        command.SetAction(result =>
        {
            RelationsDataset.TryGetRecord(result.GetValue(id)!, out var record);
            Write(Terminal.For(result.InvocationConfiguration.Output), record!);
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, IRecord record)
    {
        var heading = record switch { Fact f => f.Title, Actor a => a.Name, Source s => s.Title, _ => record.Id };
        console.Write(new Rule($"[bold]{Markup.Escape(heading)}[/] [grey]({Describe.Kind(record)})[/]").LeftJustified());

        var fields = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var property in RecordFields.Of(record.GetType()).Where(p => !Sections.Contains(p.Name)))
        {
            fields.AddRow(new Text(property.Name, new Style(decoration: Decoration.Bold)), Cells.Plain(Value(property, property.GetValue(record))));
        }

        console.Write(fields);

        var citations = record switch { Fact f => f.Citations, Actor a => a.Citations, _ => [] };
        if (citations.Length > 0)
        {
            Heading(console, "Citations", citations.Length);
            var list = new Grid().AddColumn(new GridColumn().NoWrap().RightAligned()).AddColumn();
            foreach (var (citation, number) in citations.Select((c, i) => (c, i + 1)))
            {
                list.AddRow(Cells.Plain(number.ToString(CultureInfo.InvariantCulture)), Cells.Plain(Cite(citation)));
            }

            console.Write(list);
        }

        if (record is Fact { Discrepancies: { Length: > 0 } discrepancies })
        {
            Heading(console, "Where the sources disagree", discrepancies.Length);
            foreach (var discrepancy in discrepancies)
            {
                var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 1, 0)).AddColumn();
                foreach (var claim in discrepancy.Claims)
                {
                    grid.AddRow(Cells.Plain("claimed"), Cells.Plain(string.Join("\n", claim.Citations.Select(c => "  " + Cite(c)).Prepend(claim.Value))));
                }

                grid.AddRow(Cells.Plain("chosen"), Cells.Plain(discrepancy.Chosen));
                grid.AddRow(Cells.Plain("because"), Cells.Plain(discrepancy.Reason));
                console.Write(new Markup($"[bold]{Markup.Escape(discrepancy.Field)}[/]\n"));
                console.Write(grid);
            }
        }

        // An actor's related facts are those it takes part in; a fact's are those linked to it either way.
        var related = record is Actor ? RelationsDataset.FactsInvolving(record.Id).ToImmutableArray() : RelationsDataset.RelatedFacts(record.Id);
        if (related.Length > 0)
        {
            Heading(console, record is Actor ? "Facts involving it" : "Related facts", related.Length);
            var table = Cells.Table("Date", "Kind", "Title", "Id");
            foreach (var fact in related)
            {
                table.AddRow(Cells.Plain(Describe.Date(fact.Extent)), Cells.Plain(Describe.KindDetail(fact)), Cells.Plain(fact.Title), Cells.Id(fact));
            }

            console.Write(table);
        }
    }

    private static void Heading(IAnsiConsole console, string title, int count)
    {
        console.WriteLine();
        console.Write(new Markup($"[bold]{title}[/] ({count})\n"));
    }

    /// <summary>A citation on one line: the source's title, the place in it, and its address.</summary>
    private static string Cite(Citation citation)
    {
        var source = Sources.Get(citation.Source);
        return string.Join(" · ", new[] { source.Title, citation.Locator, source.Url }.OfType<string>());
    }

    /// <summary>A field's value in words: ids of actors with their names, dates at their precision, lists joined.</summary>
    private static string Value(PropertyInfo property, object? value)
    {
        var namesActors = RecordFields.ReferenceTarget(property) == typeof(Actor);
        return value switch
        {
            null => "—",
            string id when namesActors => $"{Describe.Actor(id)} ({id})",
            string text => text,
            DateRange range => Describe.Date(range),
            Enum member => Describe.Name(member) is { Length: > 0 } name ? name : "—",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable items => items.Cast<object>().Select(item => Value(property, item)).DefaultIfEmpty("—").Aggregate((a, b) => $"{a}, {b}"),
            _ => value.ToString() ?? "—",
        };
    }
}
