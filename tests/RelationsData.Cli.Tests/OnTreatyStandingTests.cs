namespace RelationsData.Cli.Tests;

/// <summary>relations on DATE lists treaties by <see cref="Treaty.StandingOn"/>: in force, or signed with no recorded entry into force.</summary>
public class OnTreatyStandingTests
{
    [Fact]
    public void On_lists_treaties_in_force_and_those_whose_entry_into_force_is_unknown_but_none_not_yet_signed()
    {
        var result = Cli.Run("on", "1998-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("diplomatic-relations-1992", result.Output);
        Assert.Contains("friendship-treaty-1997", result.Output);
        Assert.Contains("entry into force not recorded", result.Output);
        Assert.DoesNotContain("caspian-seabed-agreement-2002", result.Output);
    }
}
