using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>Table cells the verbs share: plain text never read as markup, ids dimmed, tones coloured.</summary>
internal static class Cells
{
    public static Text Plain(string text) => new(text);

    public static Text Id(IRecord record) => new(record.Id, new Style(Color.Grey));

    /// <summary>A fact's title with its id beneath, dimmed, so a listed fact can be looked up with <c>relations show</c>.</summary>
    public static Markup Titled(Fact fact) => new($"{Markup.Escape(fact.Title)}\n[grey]{Markup.Escape(fact.Id)}[/]");

    public static Markup Tone(int tone) => new(Describe.ToneMarkup(tone));

    public static Table Table(params string[] columns) => new Table().Border(TableBorder.Simple).AddColumns(columns);
}
