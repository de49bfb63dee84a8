namespace RelationsData.Generators.Parsing;

/// <summary>
/// YAML 1.2 reads U+2028 and U+2029 as ordinary characters, but YamlDotNet breaks lines at them (YAML 1.1), which ends a
/// plain scalar in the middle of a title. While parsing, each stands in for a private-use character the file does not
/// hold, one for one so that offsets do not move, and values get the real character back.
/// </summary>
internal sealed class LineSeparators
{
    private const char LineSeparator = '\u2028';
    private const char ParagraphSeparator = '\u2029';

    private static readonly LineSeparators None = new(LineSeparator, ParagraphSeparator);

    private readonly char lineStandIn;
    private readonly char paragraphStandIn;

    private LineSeparators(char lineStandIn, char paragraphStandIn)
    {
        this.lineStandIn = lineStandIn;
        this.paragraphStandIn = paragraphStandIn;
    }

    /// <summary>Chooses stand-ins for the separators in <paramref name="content"/>, if it holds any.</summary>
    public static LineSeparators For(string content)
    {
        if (content.IndexOf(LineSeparator) < 0 && content.IndexOf(ParagraphSeparator) < 0)
        {
            return None;
        }

        var line = FirstAbsent(content, '\uE000');
        return new LineSeparators(line, FirstAbsent(content, (char)(line + 1)));
    }

    /// <summary>The content as YamlDotNet should read it.</summary>
    public string Hide(string content) => content.Replace(LineSeparator, lineStandIn).Replace(ParagraphSeparator, paragraphStandIn);

    /// <summary>A value as the file wrote it.</summary>
    public string Restore(string value) => ReferenceEquals(this, None) ? value : value.Replace(lineStandIn, LineSeparator).Replace(paragraphStandIn, ParagraphSeparator);

    // The private-use area holds 6,400 characters, more than a file that also holds a separator can exhaust in practice;
    // a file holding every one of them keeps YamlDotNet's reading of the separators.
    private static char FirstAbsent(string content, char from)
    {
        for (var candidate = from; candidate <= '\uF8FF'; candidate++)
        {
            if (content.IndexOf(candidate) < 0)
            {
                return candidate;
            }
        }

        return LineSeparator;
    }
}
