using System.CommandLine;
using System.IO;
using System.Text;

namespace RelationsData.Cli;

/// <summary>relations export: the whole dataset as JSON, or one kind of record as CSV, on standard output.</summary>
internal static class ExportCommand
{
    private const string Json = "json";
    private const string Csv = "csv";

    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "The output format: json (every kind at once) or csv (one kind, chosen with --kind).",
            DefaultValueFactory = _ => Json,
        };
        format.AcceptOnlyFromAmong(Json, Csv);

        var kind = new Option<string?>("--kind", "-k")
        {
            Description = "The kind of record to write as CSV.",
        };
        kind.AcceptOnlyFromAmong([.. DatasetExport.Kinds]);

        var command = new Command("export", "Write the dataset to standard output as JSON or CSV.") { format, kind };
        command.SetAction(result =>
        {
            var isCsv = result.GetValue(format) == Csv;
            var kindName = result.GetValue(kind);
            if (isCsv != kindName is not null)
            {
                // The two options depend on each other, which the parser's per-option checks cannot see.
                result.InvocationConfiguration.Error.WriteLine(isCsv
                    ? $"--format csv needs --kind, one of: {string.Join(", ", DatasetExport.Kinds)}."
                    : "--kind applies to --format csv only; the JSON export holds every kind.");
                return 1;
            }

            using var stdout = System.Console.OpenStandardOutput();
            if (isCsv)
            {
                using var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                DatasetExport.WriteCsv(writer, kindName!);
            }
            else
            {
                DatasetExport.WriteJson(stdout);
            }

            return 0;
        });

        return command;
    }
}
