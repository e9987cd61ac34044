using KGraph.Analysis.Lookup;

namespace KGraph.Analysis.Tests.Lookup;

public class EntityLookupTests
{
    private static readonly EntityLookup Lookup = new(SampleGraph.Graph.Entities);

    [Theory]
    [InlineData("elon-musk")]
    [InlineData("Elon Musk")]
    [InlineData("马斯克")]
    [InlineData("  ELON\t musk ")]
    public void AnIdANameOrAPerLanguageNameFindsTheEntity(string query)
    {
        var result = Lookup.Find(query);

        Assert.Equal(LookupOutcome.Found, result.Outcome);
        Assert.Equal("elon-musk", result.Entity!.Id);
    }

    [Theory]
    [InlineData("山姆・奥特曼")]
    [InlineData("山姆•奥特曼")]
    [InlineData("山姆‧奥特曼")]
    public void LookAlikeNameDotsMatchTheMiddleDot(string query)
    {
        Assert.Equal("sam-altman", Lookup.Find(query).Entity!.Id);
    }

    [Fact]
    public void AnAliasFindsTheEntity()
    {
        Assert.Equal("tesla", Lookup.Find("特斯拉").Entity!.Id);
    }

    [Fact]
    public void ANameSharedByTwoEntitiesListsBoth()
    {
        var result = Lookup.Find("musk");

        Assert.Equal(LookupOutcome.Ambiguous, result.Outcome);
        Assert.Null(result.Entity);
        Assert.Equal(
            "'musk' names 2 entities: elon-musk (Elon Musk, Person), kimbal-musk (Kimbal Musk, Person); use an id to choose",
            result.Message);
    }

    [Fact]
    public void AMisspeltNameSuggestsTheCloseOnes()
    {
        var result = Lookup.Find("Elon Mask");

        Assert.Equal(LookupOutcome.Unknown, result.Outcome);
        Assert.Equal("no entity is named 'Elon Mask'; did you mean: elon-musk (Elon Musk, Person)?", result.Message);
    }

    [Fact]
    public void APartOfANameSuggestsTheEntitiesContainingIt()
    {
        Assert.Equal(["dario-amodei"], Lookup.Find("Amodei").Candidates.Select(e => e.Id));
    }

    [Fact]
    public void ANameFarFromEverythingSaysSoWithoutSuggestions()
    {
        var result = Lookup.Find("Zhang Yiming");

        Assert.Empty(result.Candidates);
        Assert.Equal("no entity is named 'Zhang Yiming'", result.Message);
    }

    [Fact]
    public void HostileNamesAreJustUnknownNames()
    {
        var result = Lookup.Find("'; DROP `x` \"</script>\n🙂");

        Assert.Equal(LookupOutcome.Unknown, result.Outcome);
        Assert.Empty(new EntityLookup([]).Find("").Candidates);
    }
}
