namespace RelationsData.Cli.Tests;

public class ShowAndTreatiesTests
{
    [Fact]
    public void Show_prints_the_fields_citations_and_related_facts()
    {
        var result = Cli.Run("show", "friendship-treaty-1997");
        var text = Cli.Flatten(result.Output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Treaty of Friendship, Cooperation and Mutual Security", text);
        Assert.Contains("Signed 1997-07-03", text);
        Assert.Contains("Parties Azerbaijan (azerbaijan), Russia (russia)", text);
        Assert.Contains($"{Sources.Get("rcsp-report").Title} · Memberships & Treaties", text);
        Assert.Contains("Russian-Azerbaijani summit · https://jamestown.org/program/russian-azerbaijani-summit/", text);
        Assert.Contains("allied-interaction-declaration-2022", text);
    }

    [Fact]
    public void Show_prints_each_claim_with_its_sources_the_choice_and_the_reason()
    {
        var membership = Memberships.Get("cis-accession-1993");
        var discrepancy = membership.Discrepancies[0];

        var text = Cli.Flatten(Cli.Run("show", membership.Id).Output);

        Assert.All(discrepancy.Claims, claim => Assert.Contains(Cli.Flatten(claim.Value), text));
        Assert.Contains($"chosen {discrepancy.Chosen}", text);
        Assert.Contains($"because {Cli.Flatten(discrepancy.Reason)}", text);
    }

    [Fact]
    public void Show_lists_the_facts_an_actor_takes_part_in()
    {
        var result = Cli.Run("show", "socar");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("baku-novorossiysk-pipeline", result.Output);
    }

    [Fact]
    public void Show_of_an_unknown_id_fails_and_suggests_near_ids()
    {
        var result = Cli.Run("show", "friendship-treaty-1998");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No record has the id 'friendship-treaty-1998'.", result.Error);
        Assert.Contains("Did you mean: friendship-treaty-1997,", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Treaties_lists_every_treaty_with_its_status()
    {
        var result = Cli.Run("treaties");

        Assert.Equal(0, result.ExitCode);
        Assert.All(Treaties.All, t => Assert.Contains(t.Id, result.Output));
        Assert.Contains("nonInterference", result.Output);
        Assert.Contains($"{Treaties.Count} treaties", result.Output);
    }
}
