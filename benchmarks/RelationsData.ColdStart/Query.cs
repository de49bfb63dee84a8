using NodaTime;

namespace RelationsData.ColdStart;

/// <summary>The day and the month every benchmark asks about.</summary>
public static class Query
{
    public static readonly LocalDate Day = new(1998, 6, 1);

    /// <summary>June 1998, created on first use: building a <see cref="DateInterval"/> starts NodaTime's calendar system
    /// (about 9 ms), which a cold-start benchmark asking only about <see cref="Day"/> must not be charged.</summary>
    public static DateInterval Month => MonthHolder.Value;

    private static class MonthHolder
    {
        public static readonly DateInterval Value = new YearMonth(1998, 6).ToDateInterval();
    }
}
