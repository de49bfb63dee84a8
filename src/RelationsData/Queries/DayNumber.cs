using NodaTime;

namespace RelationsData;

/// <summary>Days since 0001-01-01 in the ISO calendar, so that indexes compare dates as integers.</summary>
internal static class DayNumber
{
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;
}
