using System.Linq;

namespace RelationsData.Tests;

/// <summary>No empty years: the trajectory by year has something to say about every year since independence.</summary>
public sealed class EventYearCoverageTests
{
    [Fact]
    public void Every_year_from_1991_to_2025_has_at_least_three_events()
    {
        // Counted from the events files (docs/data.md has the table): the quietest years, 2005, 2009, 2018, 2019 and 2021,
        // have three each, mostly from outside sources where the seeds are silent.
        var thin = RelationsTrajectory.ByYear(Events.All, 1991, 2025)
            .Where(s => s.Dimension is null && s.Events < 3)
            .Select(s => s.Label);
        Assert.Empty(thin);
    }
}
