using System.Globalization;
using System.Text;

namespace RelationsData.Generators.Emitting;

/// <summary>Renders values as C# source, always with the invariant culture.</summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The canonical text of a range, as <c>DateRange.ToString()</c> writes it.</summary>
    public static string FormatRange(DateRangeParts range)
    {
        var start = PartialDateText.Format(range.Start);
        if (range.End is not { } end)
        {
            return start + "/..";
        }

        var last = PartialDateText.Format(end);
        return last == start ? start : start + "/" + last;
    }
}
