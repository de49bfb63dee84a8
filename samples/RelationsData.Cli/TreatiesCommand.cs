using System.CommandLine;
using System.Linq;
using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>relations treaties: every treaty in order of signing, with its parties, status and obligations.</summary>
internal static class TreatiesCommand
{
    public static Command Create()
    {
        var command = new Command("treaties", "All treaties in order of signing: date, parties, status, time in force and obligations.");
        command.SetAction(result =>
        {
            var console = Terminal.For(result.InvocationConfiguration.Output);
            var table = Cells.Table("Signed", "Treaty", "Kind", "Parties", "Status", "In force", "Obligations");
            foreach (var treaty in Treaties.All.OrderBy(t => t.Signed))
            {
                table.AddRow(
                    Cells.Plain(treaty.Signed.ToString()),
                    Cells.Titled(treaty),
                    Cells.Plain(Describe.Name(treaty.Kind)),
                    Cells.Plain(Describe.ActorNames(treaty.Parties)),
                    Cells.Plain(Describe.Name(treaty.Status)),
                    Cells.Plain(treaty.InForce is { } span ? Describe.Date(span) : "—"),
                    Cells.Plain(Describe.Name(treaty.Obligations) is { Length: > 0 } obligations ? obligations : "—"));
            }

            console.Write(table);
            console.WriteLine($"{Treaties.Count} treaties");
            return 0;
        });
        return command;
    }
}
