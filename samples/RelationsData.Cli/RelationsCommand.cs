using System.CommandLine;
using System.CommandLine.Invocation;

namespace RelationsData.Cli;

/// <summary>The root command: each verb lives in its own file and adds one Command here.</summary>
internal static class RelationsCommand
{
    public static RootCommand Create() => new("Explore the curated dataset of Azerbaijan–Russia relations.")
    {
        TimelineCommand.Create(),
        OnCommand.Create(),
        ShowCommand.Create(),
        TreatiesCommand.Create(),
        ExportCommand.Create(),
        ChartCommand.Create(),
        SchemaCommand.Create(),
    };

    /// <summary>Parses and runs a command line, writing to the configuration's output and error writers.</summary>
    /// <returns>The exit code: 0 on success, 1 for bad input.</returns>
    public static int Run(string[] args, InvocationConfiguration? configuration = null)
    {
        var root = Create();
        var invocation = configuration ?? new InvocationConfiguration();
        // With no verb, list the verbs rather than only saying that one is required.
        root.SetAction(_ => Usage.Write(root, invocation.Output));
        var result = root.Parse(args);
        if (result.Action is ParseErrorAction onError)
        {
            // The error says what is wrong; the whole help text after it would bury the message.
            onError.ShowHelp = false;
        }

        return result.Invoke(invocation);
    }
}
