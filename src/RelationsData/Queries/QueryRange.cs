using System;
using NodaTime;

namespace RelationsData;

/// <summary>Turns the inputs the date queries accept into one inclusive interval of days.</summary>
internal static class QueryRange
{
    public static DateInterval Between(LocalDate start, LocalDate end) => end < start
        ? throw new ArgumentException($"The range starts on {start:uuuu-MM-dd}, after its end {end:uuuu-MM-dd}; pass the earlier date first.", nameof(end))
        : new DateInterval(start, end);

    public static DateInterval Year(int year) => year is < 1 or > 9999
        ? throw new ArgumentOutOfRangeException(nameof(year), year, "Years run from 1 to 9999.")
        : new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
}
