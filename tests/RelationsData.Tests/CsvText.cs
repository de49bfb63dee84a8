using System.Collections.Generic;
using System.Text;

namespace RelationsData.Tests;

/// <summary>A strict RFC 4180 reader for checking the CSV export: CRLF rows, quoted fields with doubled quotes.</summary>
internal static class CsvText
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"A quote inside an unquoted field at offset {i}.");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.True(c != '\r' && c != '\n', $"A bare line break in an unquoted field at offset {i}.");
                field.Append(c);
            }
        }

        Assert.False(quoted, "The text ends inside a quoted field.");
        Assert.True(field.Length == 0 && row.Count == 0, "The last row does not end with CRLF.");
        return rows;
    }
}
