using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>What <c>relations</c> with no verb prints: each verb, what it does, and a command line to try.</summary>
internal static class Usage
{
    private static readonly Dictionary<string, string> Examples = new()
    {
        ["timeline"] = "relations timeline --from 2020 --to 2021 --dimension security",
        ["on"] = "relations on 1998-06-01",
        ["show"] = "relations show friendship-treaty-1997",
        ["treaties"] = "relations treaties --wide",
        ["export"] = "relations export --format sqlite --out relations.db",
        ["chart"] = "relations chart --out timeline.svg --from 1991 --to 2025",
    };

    public static int Write(RootCommand root, TextWriter output)
    {
        var console = Terminal.For(output);
        console.WriteLine(root.Description ?? string.Empty);
        console.WriteLine();
        console.WriteLine("Usage: relations VERB [options]");
        console.WriteLine();
        // The verb never wraps; its description wraps at words above an example, which a verb added without one here
        // replaces with how to learn its options.
        var verbs = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 2, 0)).AddColumn();
        foreach (var verb in root.Subcommands.Where(c => !c.Hidden))
        {
            var example = Examples.GetValueOrDefault(verb.Name, $"relations {verb.Name} --help");
            verbs.AddRow(new Text(verb.Name), new Markup($"{Markup.Escape(verb.Description ?? string.Empty)}\n[grey]e.g. {Markup.Escape(example)}[/]"));
        }

        console.Write(verbs);
        console.WriteLine();
        console.WriteLine("relations VERB --help lists a verb's options.");
        return 0;
    }
}
