using System.CommandLine;
using System.IO;
using System.Text;

namespace RelationsData.Cli;

/// <summary>relations export: the whole dataset as JSON, one kind of record as CSV, or every kind as a SQLite database.</summary>
internal static class ExportCommand
{
    private const string Json = "json";
    private const string JsonLines = "jsonl";
    private const string Csv = "csv";
    private const string Sqlite = "sqlite";
    private const string Parquet = "parquet";

    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "The output format: json (every kind at once), jsonl (one record per line, with its kind), csv (one kind, chosen with --kind), sqlite (a database file, to --out) or parquet (a file per kind, into the folder --out).",
            DefaultValueFactory = _ => Json,
        };
        format.AcceptOnlyFromAmong(Json, JsonLines, Csv, Sqlite, Parquet);

        var kind = new Option<string?>("--kind", "-k")
        {
            Description = "The kind of record to write as CSV.",
        };
        kind.AcceptOnlyFromAmong([.. DatasetExport.Kinds]);

        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "The file to write, replacing it if it exists; JSON and CSV go to standard output without it. For parquet, the folder to write into.",
            HelpName = "PATH",
        };

        var command = new Command("export", "Write the dataset as JSON, JSON Lines or CSV (to standard output or --out), as SQLite (to --out), or as Parquet (a file per kind, into --out).") { format, kind, output };
        command.SetAction(result =>
        {
            var chosen = result.GetValue(format)!;
            var kindName = result.GetValue(kind);
            var file = result.GetValue(output);

            if (Problem(chosen, kindName, file) is { } problem)
            {
                result.InvocationConfiguration.Error.WriteLine(problem);
                return 1;
            }

            if (file is null)
            {
                using var stdout = System.Console.OpenStandardOutput();
                WriteText(stdout, chosen, kindName);
                return 0;
            }

            return OutputFile.Write(result, file, path =>
            {
                if (chosen == Sqlite)
                {
                    SqliteExport.Write(path);
                    return;
                }

                if (chosen == Parquet)
                {
                    ParquetExport.Write(path);
                    return;
                }

                using var stream = File.Create(path);
                WriteText(stream, chosen, kindName);
            });
        });

        return command;
    }

    /// <summary>Writes the dataset as JSON Lines when asked, one kind as CSV when one is named, else the whole dataset as JSON.</summary>
    private static void WriteText(Stream stream, string format, string? kind)
    {
        if (format == JsonLines)
        {
            DatasetExport.WriteJsonLines(stream);
            return;
        }

        if (kind is null)
        {
            DatasetExport.WriteJson(stream);
            return;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        DatasetExport.WriteCsv(writer, kind);
    }

    /// <summary>What is wrong with a combination of options, which the parser's per-option checks cannot see; null when nothing is.</summary>
    private static string? Problem(string format, string? kind, FileInfo? file) => (format, kind, file) switch
    {
        (Csv, null, _) => $"--format csv needs --kind, one of: {string.Join(", ", DatasetExport.Kinds)}.",
        (not Csv, not null, _) => $"--kind applies to --format csv only; the {format} export holds every kind.",
        (Sqlite, _, null) => "--format sqlite needs --out FILE, the database to write.",
        (Parquet, _, null) => "--format parquet needs --out DIR, the folder to write a file per kind into.",
        _ => null,
    };
}
