using System;
using System.Globalization;
using System.IO;
using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>A Spectre.Console console over the writer a command was given, so tests can capture what a verb prints.</summary>
internal static class Terminal
{
    // Redirected output has no width of its own; this keeps titles on one line in files and pipes.
    private const int RedirectedWidth = 200;

    // What --wide allows: wide enough that no title in the dataset wraps.
    private const int WideWidth = 1000;

    public static IAnsiConsole For(TextWriter writer, bool wide = false)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (wide)
        {
            console.Profile.Width = WideWidth;
        }
        else if (writer is SizedWriter sized)
        {
            console.Profile.Width = sized.Width;
        }
        else if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}

/// <summary>Captures what a verb prints as a terminal of the given number of columns would show it.</summary>
internal sealed class SizedWriter(int width) : StringWriter(CultureInfo.InvariantCulture)
{
    public int Width { get; } = width;
}
