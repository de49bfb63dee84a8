using System.Linq;
using RelationsData.Generators.Model;

namespace RelationsData.Generators.Binding;

/// <summary>A record's place in its table's chronological order: the first and last day its [Chronology] value can mean.</summary>
internal static class SortKeys
{
    /// <summary>Undated records sort last.</summary>
    public static readonly (long Start, long End) Undated = (long.MaxValue, long.MaxValue);

    public static (long Start, long End) Of(YamlNode record, PropertyShape? chronology)
    {
        var text = chronology is null ? null : record.Entries.FirstOrDefault(e => e.Key == chronology.Key)?.Value.Value;
        if (text is null)
        {
            return Undated;
        }

        if (chronology!.Value.Kind == ValueKind.PartialDate && PartialDateText.TryParseDate(text, out var date, out _))
        {
            return (PartialDateText.SortKey(date), PartialDateText.LastDayKey(date));
        }

        if (chronology.Value.Kind == ValueKind.DateRange && PartialDateText.TryParseRange(text, out var range, out _))
        {
            return (PartialDateText.SortKey(range.Start), range.End is { } end ? PartialDateText.LastDayKey(end) : long.MaxValue);
        }

        return Undated;
    }
}
