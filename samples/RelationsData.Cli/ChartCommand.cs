using System.CommandLine;
using System.IO;
using System.Text;
using System.Xml;
using RelationsData.Cli.Chart;

namespace RelationsData.Cli;

/// <summary>relations chart: an SVG timeline with a swim lane per dimension, events coloured by tone, eras behind.</summary>
internal static class ChartCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out", "-o") { Description = "The SVG file to write, such as timeline.svg.", HelpName = "FILE", Required = true };
        var from = Inputs.YearOption("--from", "The first year shown.", 1991);
        var to = Inputs.YearOption("--to", "The last year shown.", 2025);
        var command = new Command("chart", "Draw the timeline as SVG: lanes per dimension, events by date and tone, memberships and presences as bars, eras behind.")
        {
            output, from, to,
        };
        command.SetAction(result =>
        {
            var (first, last) = (result.GetValue(from), result.GetValue(to));
            if (last < first)
            {
                result.InvocationConfiguration.Error.WriteLine($"--to {last} is before --from {first}.");
                return 1;
            }

            var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
            return OutputFile.Write(result, result.GetValue(output)!, path =>
            {
                using var writer = XmlWriter.Create(path, settings);
                TimelineChart.Render(first, last).Save(writer);
            });
        });
        return command;
    }
}
