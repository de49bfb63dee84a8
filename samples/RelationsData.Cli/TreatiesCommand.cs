using System.CommandLine;
using System.Linq;
using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>relations treaties: every treaty in order of signing, with its parties, status and obligations.</summary>
internal static class TreatiesCommand
{
    /// <summary>The width of a parties column, which leaves the treaty column room for the longest id at 80 columns.</summary>
    internal const int PartiesWidth = 22;

    public static Command Create()
    {
        var wide = Inputs.WideOption();
        var command = new Command("treaties", "All treaties in order of signing: date, parties, status, time in force and obligations.") { wide };
        command.SetAction(result =>
        {
            var console = Terminal.For(result.InvocationConfiguration.Output, result.GetValue(wide));
            // Three columns fit 80: the signing date never wraps; title, parties and details wrap at words. Parties get a
            // fixed width so the treaty column keeps the rest, which is always room for the longest id.
            var table = Cells.Table("Signed", "Treaty", "Parties");
            Cells.KeepWhole(table, 0);
            table.Columns[2].Width(PartiesWidth);
            foreach (var treaty in Treaties.All.OrderBy(t => t.Signed))
            {
                table.AddRow(
                    Cells.Plain(treaty.Signed.ToString()),
                    Cells.Titled(treaty, Details(treaty)),
                    Cells.Plain(Describe.ActorNames(treaty.Parties)));
            }

            console.Write(table);
            console.WriteLine($"{Treaties.Count} treaties");
            return 0;
        });
        return command;
    }

    /// <summary>Kind, status, time in force and obligations, as one line that wraps between its parts.</summary>
    private static string Details(Treaty treaty) => string.Join(" · ", new[]
    {
        Describe.Name(treaty.Kind),
        Describe.Name(treaty.Status),
        "in force " + (treaty.InForce is { } span ? Describe.Date(span) : "—"),
        Describe.Name(treaty.Obligations) is { Length: > 0 } obligations ? "obligations: " + obligations : "no obligations recorded",
    });
}
