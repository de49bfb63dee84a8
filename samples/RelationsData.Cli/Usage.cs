using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

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
        output.WriteLine(root.Description);
        output.WriteLine();
        output.WriteLine("Usage: relations VERB [options]");
        output.WriteLine();
        var verbs = root.Subcommands.Where(c => !c.Hidden).ToList();
        var width = verbs.Max(c => c.Name.Length);
        foreach (var verb in verbs)
        {
            output.WriteLine($"  {verb.Name.PadRight(width)}  {verb.Description}");
            // A verb added without an example here still shows how to learn its options.
            output.WriteLine($"  {new string(' ', width)}  e.g. {Examples.GetValueOrDefault(verb.Name, $"relations {verb.Name} --help")}");
        }

        output.WriteLine();
        output.WriteLine("relations VERB --help lists a verb's options.");
        return 0;
    }
}
