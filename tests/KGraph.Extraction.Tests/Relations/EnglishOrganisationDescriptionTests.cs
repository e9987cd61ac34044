namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// "the company founded by X" that names a new organisation by what follows refers back to none, and an
/// organisation described as related to a company (a rival of, a supplier to) is not that company; a unit of
/// a company is one only in apposition or after a copula, not as the object of a verb (bought the unit of).
/// </summary>
public class EnglishOrganisationDescriptionTests
{
    [Theory]
    [InlineData("Brightloop Inc., a rival of the company founded by Dana Voss, grew.")]
    [InlineData("Brightloop Inc., like the startup founded by Dana Voss, grew.")]
    [InlineData("Brightloop Inc., a supplier to a company based in Oslo, grew.")]
    [InlineData("Brightloop Inc. is a partner of the firm headquartered in Oslo.")]
    [InlineData("Northwind Corp. bought the unit of Brightloop Inc. in May.")]
    [InlineData("Northwind Corp. sold a division of Brightloop Inc. to Tom Reed.")]
    public void A_description_of_another_organisation_gives_no_fact(string sentence)
    {
        Assert.Equal([], Some.Facts(Some.Extract(sentence, "a.en.txt")));
    }

    [Theory]
    [InlineData("Brightloop Inc., a Norwegian software company based in Oslo, grew.", "brightloop-inc HEADQUARTERED_IN oslo")]
    [InlineData("Brightloop Inc. hired Tom Reed. The company was founded by Dana Voss.", "dana-voss FOUNDED brightloop-inc")]
    [InlineData("Northwind Labs is now the European arm of Brightloop Inc.", "northwind-labs SUBSIDIARY_OF brightloop-inc")]
    [InlineData("Northwind Labs, which is a wholly owned subsidiary of Brightloop Inc., hired.", "northwind-labs SUBSIDIARY_OF brightloop-inc")]
    public void The_organisations_own_description_and_a_back_reference_still_give_their_facts(string text, string fact)
    {
        Assert.Contains(fact, Some.Facts(Some.Extract(text, "a.en.txt")));
    }
}
