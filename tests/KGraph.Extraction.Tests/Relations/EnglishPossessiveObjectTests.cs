namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// A name followed by 's owns the noun after it: "met Tom Reed's lawyers" is no meeting with Tom Reed, and the
/// rules for ownership, control, membership, support, partnership, meetings and ties say nothing then.
/// </summary>
public class EnglishPossessiveObjectTests
{
    [Theory]
    [InlineData("Dana Voss met Tom Reed's expectations on Monday.")]
    [InlineData("Dana Voss held talks with Tom Reed’s lawyers.")]
    [InlineData("Brightloop Inc., owned by Dana Voss's family trust, fell.")]
    [InlineData("Brightloop Inc. is controlled by Dana Voss's brother.")]
    [InlineData("Dana Voss sits on the board of Harlow Capital's charity.")]
    [InlineData("Dana Voss campaigned for Tom Reed's opponent.")]
    [InlineData("Brightloop Inc. has links to Northwind Corp.'s rival.")]
    [InlineData("Dana Voss is linked to Tom Reed's murder.")]
    [InlineData("The deal was a partnership between Dana Voss and Tom Reed's company.")]
    [InlineData("Harlow Capital owns Brightloop Inc.'s old headquarters.")]
    public void A_name_owning_what_follows_is_not_the_object(string sentence)
    {
        Assert.Equal([], Some.Facts(Some.Extract(sentence, "a.en.txt")));
    }

    [Fact]
    public void A_plain_parent_of_an_unknown_name_is_no_parent_company()
    {
        Assert.Equal([], Some.Facts(Some.Extract("Harlow Capital, the parent of Dana Voss, spoke.", "a.en.txt")));
        Assert.Equal(["brightloop-inc SUBSIDIARY_OF harlow-capital"],
            Some.Facts(Some.Extract("Harlow Capital, the parent of Brightloop Inc., spoke.", "a.en.txt")));
    }

    [Fact]
    public void Without_the_possessive_the_same_sentences_still_give_their_facts()
    {
        Assert.Equal(["dana-voss MET tom-reed"], Some.Facts(Some.Extract("Dana Voss held talks with Tom Reed on Monday.", "a.en.txt")));
        Assert.Equal(["dana-voss CONTROLS brightloop-inc"], Some.Facts(Some.Extract("Brightloop Inc. is controlled by Dana Voss.", "a.en.txt")));
    }
}
