using KGraph.Model;

namespace KGraph.Extraction.Tests.Relations;

public class EnglishRelationRulesTests
{
    [Fact]
    public void Appositive_role_of_an_organization_is_leadership()
    {
        var result = Some.Extract("Maria Lopez, chief executive of Brightloop Inc., said the plan would work.", "a.en.txt");

        Assert.Equal(["maria-lopez LEADS brightloop-inc"], Some.Facts(result));
        Assert.Equal("CEO", Some.Fact(result, "maria-lopez", "LEADS", "brightloop-inc").Role);
    }

    [Fact]
    public void Spokesman_works_at_the_organization()
    {
        var result = Some.Extract("\"We are pleased,\" said Tom Reed, a spokesman for Northwind Corp.", "a.en.txt");

        Assert.Equal(["tom-reed WORKS_AT northwind-corp"], Some.Facts(result));
    }

    [Fact]
    public void City_based_company_is_headquartered_there()
    {
        var result = Some.Extract("The Boston-based Northwind Corp. sued Brightloop Inc. in March 2024.", "a.en.txt");

        Assert.Equal(["northwind-corp HEADQUARTERED_IN boston", "northwind-corp SUED brightloop-inc"], Some.Facts(result));
        Assert.Equal("2024-03", Some.Fact(result, "northwind-corp", "SUED", "brightloop-inc").Start.ToString());
    }

    [Fact]
    public void Capitalised_words_that_open_a_sentence_are_not_names()
    {
        var result = Some.Extract("Between 2019 and 2021, Northwind Corp. sued Brightloop Inc. Speaking in Oslo, Maria Lopez said little.", "a.en.txt");

        Assert.DoesNotContain(result.Entities, e => e.Name is "Between" or "Speaking");
        Assert.Equal(["northwind-corp SUED brightloop-inc"], Some.Facts(result));
    }

    [Fact]
    public void Hedged_or_negated_suit_is_not_a_fact()
    {
        Assert.Equal(["northwind-corp SUED brightloop-inc"], Some.Facts(Some.Extract("Northwind Corp. later sued Brightloop Inc.", "a.en.txt")));
        Assert.Empty(Some.Extract("Northwind Corp. reportedly sued Brightloop Inc.", "a.en.txt").Relationships);
        Assert.Empty(Some.Extract("Northwind Corp. did not sue Brightloop Inc.", "a.en.txt").Relationships);
    }

    [Theory]
    [InlineData("The lawsuit claims that Northwind Labs is a unit of Brightloop Inc.")]
    [InlineData("Tom Reed alleges that Dana Voss controls Brightloop Inc.")]
    [InlineData("The filing alleged that Dana Voss met Tom Reed in Geneva.")]
    public void An_allegation_is_not_a_fact(string sentence)
    {
        Assert.Empty(Some.Extract(sentence, "a.en.txt").Relationships);
    }

    [Fact]
    public void An_untyped_name_of_a_suffixed_organization_works_there()
    {
        var result = Some.Extract("The survey was led by Hanna Ostrova of Greywater University last spring.", "a.en.txt");

        Assert.Equal(["hanna-ostrova WORKS_AT greywater-university"], Some.Facts(result));
        Assert.Equal("en.works.name-of", Some.Fact(result, "hanna-ostrova", "WORKS_AT", "greywater-university").Evidence[0].Rule);
    }

    [Fact]
    public void A_place_possessive_with_a_space_before_the_apostrophe_is_the_headquarters()
    {
        var result = Some.Extract("Dancers of Chicago 's Lakeside Ballet Company toured all year .", "a.en.txt");

        Assert.Equal(["lakeside-ballet-company HEADQUARTERED_IN chicago"], Some.Facts(result));
    }

    [Fact]
    public void A_place_that_owns_the_next_name_is_no_member_of_the_list_before_it()
    {
        var result = Some.Extract("Dancers of the Velmont Ballet in Moscow and Leningrad's Kirov Ballet toured the country.", "a.en.txt");

        Assert.Equal(["kirov-ballet HEADQUARTERED_IN leningrad", "velmont-ballet HEADQUARTERED_IN moscow"], Some.Facts(result));
    }

    [Fact]
    public void An_appositive_after_an_unspaced_comma_still_names_the_employer()
    {
        var result = Some.Extract("Gerald Ostrander, an expert on missiles at Bar-Ilan University, agrees that the problem is daunting.", "a.en.txt");

        Assert.Equal(["gerald-ostrander WORKS_AT bar-ilan-university"], Some.Facts(result));
    }

    [Fact]
    public void An_organisation_described_by_its_kind_is_founded_by_the_names_after_by_and_based_where_it_says()
    {
        var result = Some.Extract("Velmora was an influential Swedish film company established in 1929 by Schamyl Okafor and Gustaf Lindqvist. " +
            "Harlow Media L.P. is a privately held media company headquartered in Midtown Manhattan.", "a.en.txt");

        Assert.Equal(["gustaf-lindqvist FOUNDED velmora", "harlow-media-l.p HEADQUARTERED_IN midtown-manhattan",
            "schamyl-okafor FOUNDED velmora"], Some.Facts(result));
        Assert.Equal(new PartialDate(1929), Some.Fact(result, "schamyl-okafor", "FOUNDED", "velmora").Start);
        Assert.Equal("en.founder.kind-founded-by", Some.Fact(result, "schamyl-okafor", "FOUNDED", "velmora").Evidence[0].Rule);
    }

    [Fact]
    public void A_sentence_opening_with_it_continues_the_last_organisation()
    {
        var result = Some.Extract("Harlow Media L.P. is a media company. It was founded by Michael Okafor in 1981.", "a.en.txt");

        var fact = Some.Fact(result, "michael-okafor", "FOUNDED", "harlow-media-l.p");
        Assert.Equal(new PartialDate(1981), fact.Start);
        Assert.Equal("It was founded by Michael Okafor in 1981.", fact.Evidence[0].Quote);
    }

    [Fact]
    public void What_a_company_says_about_a_person_does_not_make_them_its_employee()
    {
        Assert.Empty(Some.Facts(Some.Extract("Brightloop Inc. said Tom Reed had resigned from the board of Harlow Capital's charity.", "a.en.txt")));
        Assert.Equal(["dana-voss MET tom-reed"],
            Some.Facts(Some.Extract("Northwind Corp. opened a plant. It said Dana Voss met Tom Reed in Geneva.", "a.en.txt")));
    }

    [Fact]
    public void A_resolved_her_before_a_degree_still_reads_as_schooling()
    {
        // "her" resolves to Dana Voss and is marked as a reference; the rule accepts a person's marker where a possessive stands.
        var result = Some.Extract("Dana Voss joined the lab in 2019. She received her master's degree from Cresthaven University.", "a.en.txt");

        Assert.Contains("dana-voss EDUCATED_AT cresthaven-university", Some.Facts(result));
    }
}
