using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>Table cells the verbs share: plain text never read as markup, ids dimmed, tones coloured.</summary>
internal static class Cells
{
    public static Text Plain(string text) => new(text);

    public static Text Id(IRecord record) => new(record.Id, new Style(Color.Grey));

    public static Markup Tone(int tone) => new(Describe.ToneMarkup(tone));

    public static Table Table(params string[] columns) => new Table().Border(TableBorder.Simple).AddColumns(columns);
}
