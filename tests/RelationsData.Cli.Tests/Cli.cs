using System;
using System.CommandLine;
using System.IO;
using System.Text.RegularExpressions;

namespace RelationsData.Cli.Tests;

/// <summary>Runs the relations command line in process and captures what it writes.</summary>
internal static partial class Cli
{
    public static CliResult Run(params string[] args) => Run(new StringWriter(), args);

    /// <summary>Runs the command line as a terminal of the given number of columns would show it.</summary>
    public static CliResult RunAt(int columns, params string[] args) => Run(new SizedWriter(columns), args);

    private static CliResult Run(StringWriter output, string[] args)
    {
        using var _ = output;
        using var error = new StringWriter();
        var exit = RelationsCommand.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>A file name in a fresh temporary folder, removed by the caller.</summary>
    public static string TemporaryFile(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "relations-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    /// <summary>The text with every run of white space as one space, so words a table wrapped still read in order.</summary>
    public static string Flatten(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
