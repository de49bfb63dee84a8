using NodaTime;

namespace RelationsData.Benchmarks;

/// <summary>The day and the month every benchmark asks about.</summary>
public static class Query
{
    public static readonly LocalDate Day = new(1998, 6, 1);

    public static readonly DateInterval Month = new YearMonth(1998, 6).ToDateInterval();
}
