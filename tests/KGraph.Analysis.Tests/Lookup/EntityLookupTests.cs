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
    public void An_ID_a_name_or_a_per_language_name_finds_the_entity(string query)
    {
        var result = Lookup.Find(query);

        Assert.Equal(LookupOutcome.Found, result.Outcome);
        Assert.Equal("elon-musk", result.Entity!.Id);
    }

    [Theory]
    [InlineData("山姆・奥特曼")]
    [InlineData("山姆•奥特曼")]
    [InlineData("山姆‧奥特曼")]
    public void Look_alike_name_dots_match_the_middle_dot(string query)
    {
        Assert.Equal("sam-altman", Lookup.Find(query).Entity!.Id);
    }

    [Fact]
    public void An_alias_finds_the_entity()
    {
        Assert.Equal("tesla", Lookup.Find("特斯拉").Entity!.Id);
    }

    [Fact]
    public void A_name_shared_by_two_entities_lists_both()
    {
        var result = Lookup.Find("musk");

        Assert.Equal(LookupOutcome.Ambiguous, result.Outcome);
        Assert.Null(result.Entity);
        Assert.Equal(
            "'musk' names 2 entities: elon-musk (Elon Musk, Person), kimbal-musk (Kimbal Musk, Person); use an id to choose",
            result.Message);
    }

    [Fact]
    public void A_misspelt_name_suggests_the_close_ones()
    {
        var result = Lookup.Find("Elon Mask");

        Assert.Equal(LookupOutcome.Unknown, result.Outcome);
        Assert.Equal("no entity is named 'Elon Mask'; did you mean: elon-musk (Elon Musk, Person)?", result.Message);
    }

    [Fact]
    public void A_part_of_a_name_suggests_the_entities_containing_it()
    {
        Assert.Equal(["dario-amodei"], Lookup.Find("Amodei").Candidates.Select(e => e.Id));
    }

    [Fact]
    public void A_name_far_from_everything_says_so_without_suggestions()
    {
        var result = Lookup.Find("Zhang Yiming");

        Assert.Empty(result.Candidates);
        Assert.Equal("no entity is named 'Zhang Yiming'", result.Message);
    }

    [Fact]
    public void Hostile_names_are_just_unknown_names()
    {
        var result = Lookup.Find("'; DROP `x` \"</script>\n🙂");

        Assert.Equal(LookupOutcome.Unknown, result.Outcome);
        Assert.Empty(new EntityLookup([]).Find("").Candidates);
    }
}
