namespace KGraph.Extraction.Tests.Relations;

/// <summary>English employment phrasings (who directs…, a former X official, correspondent for) and wire-service datelines.</summary>
public class EnglishWorkAndDatelineTests
{
    private const string Path = "articles/test.en.txt";

    [Theory]
    [InlineData("\" We will see , \" said Harold Brinkley , who directs regional planning at Vantel Systems .", "Harold Brinkley",
        "Vantel Systems", "en.works.who-verb")]
    [InlineData("Marian Oakes , 52 , was the senior Far East correspondent for the Daily Ledger when she retired .", "Marian Oakes",
        "Daily Ledger", "en.works.is-role-for")]
    [InlineData("\" It is hard , \" says Tom Rivers , a former Vantel Systems official responsible for exports .", "Tom Rivers", "Vantel Systems",
        "en.works.appositive-org-first")]
    public void A_person_works_for_the_organisation(string sentence, string person, string organisation, string rule)
    {
        var result = Some.Extract(sentence, Path);

        var fact = Some.Fact(result, Some.IdOf(result, person), "WORKS_AT", Some.IdOf(result, organisation));
        Assert.Equal([rule], fact.Evidence.Select(e => e.Rule));
    }

    [Theory]
    [InlineData("Trade Talks Resume KX1234567890 Oslo NORDPOSTEN in Norwegian 1200 GMT 4 Mar 95", "en.hq.dateline-language")]
    [InlineData("Oslo NORDPOSTEN", "en.hq.dateline-alone")]
    public void A_wire_service_is_based_in_its_dateline_place(string line, string rule)
    {
        var result = Some.Extract(line, Path);

        var fact = Some.Fact(result, Some.IdOf(result, "NORDPOSTEN"), "HEADQUARTERED_IN", Some.IdOf(result, "Oslo"));
        Assert.Equal([rule], fact.Evidence.Select(e => e.Rule));
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("1234", StringComparison.Ordinal));
    }

    [Fact]
    public void An_all_capital_word_after_a_mixed_case_one_starts_a_new_name()
    {
        var result = Some.Extract("Oslo NORDPOSTEN printed it .", Path);

        Assert.Equal(["NORDPOSTEN", "Oslo"], result.Entities.Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}
