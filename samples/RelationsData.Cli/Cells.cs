using Spectre.Console;

namespace RelationsData.Cli;

/// <summary>Table cells the verbs share: plain text never read as markup, ids dimmed, tones coloured.</summary>
internal static class Cells
{
    public static Text Plain(string text) => new(text);

    public static Text Id(IRecord record) => new(record.Id, new Style(Color.Grey));

    /// <summary>
    /// A fact's title, then its id and any details, dimmed, so a listed fact can be looked up with <c>relations show</c>.
    /// The title wraps at word boundaries; the id has no spaces, so it is never broken.
    /// </summary>
    public static Markup Titled(Fact fact, params string[] details) =>
        new($"{Markup.Escape(fact.Title)}\n[grey]{Markup.Escape(string.Join("  ", [fact.Id, .. details]))}[/]");

    /// <summary>
    /// A date or range that never wraps: a closed range puts its end on a second line, so the column stays narrow
    /// enough for the title column beside it to hold the longest id.
    /// </summary>
    public static Text Span(DateRange? range) => new(Describe.Date(range).Replace(" → ", " →\n", System.StringComparison.Ordinal));

    public static Markup Tone(int tone) => new(Describe.ToneMarkup(tone));

    public static Table Table(params string[] columns) => new Table().Border(TableBorder.Simple).AddColumns(columns);

    /// <summary>Keeps a column's cells on one line each, for dates, ids and other values that must not break.</summary>
    public static void KeepWhole(Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].NoWrap();
        }
    }
}
