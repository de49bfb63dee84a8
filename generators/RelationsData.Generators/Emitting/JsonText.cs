using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RelationsData.Generators.Emitting;

/// <summary>
/// A JSON object whose members keep the order they were added in, written as indented JSON with "\n" line endings.
/// The generator targets netstandard2.0 and ships without System.Text.Json, so it writes JSON itself.
/// Values are strings, booleans, integers, doubles, lists of values and other <see cref="JsonText"/> objects.
/// </summary>
internal sealed class JsonText
{
    private readonly List<KeyValuePair<string, object>> members = new();

    public JsonText Add(string key, object value)
    {
        members.Add(new KeyValuePair<string, object>(key, value));
        return this;
    }

    /// <summary>Adds the member only when the text is not empty.</summary>
    public JsonText AddIfAny(string key, string text) => text.Length == 0 ? this : Add(key, text);

    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(this, builder, 0);
        return builder.Append('\n').ToString();
    }

    private static void Write(object value, StringBuilder builder, int depth)
    {
        switch (value)
        {
            case JsonText json:
                WriteAll(json.members, '{', '}', builder, depth, (member, b) =>
                {
                    WriteString(member.Key, b);
                    b.Append(": ");
                    Write(member.Value, b, depth + 1);
                });
                break;
            case IReadOnlyList<object> list:
                WriteAll(list, '[', ']', builder, depth, (item, b) => Write(item, b, depth + 1));
                break;
            case string text:
                WriteString(text, builder);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                throw new System.ArgumentException("JSON cannot hold a " + value.GetType().Name + ".", nameof(value));
        }
    }

    private static void WriteAll<T>(IReadOnlyList<T> items, char open, char close, StringBuilder builder, int depth, System.Action<T, StringBuilder> write)
    {
        builder.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (depth + 1) * 2);
            write(items[i], builder);
        }

        if (items.Count > 0)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }

        builder.Append(close);
    }

    private static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
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

        builder.Append('"');
    }
}
