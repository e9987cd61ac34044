namespace KGraph.Extraction.Tests.Recognition;

/// <summary>Where an English name starts and ends: middle initials, openers like Federal, and "The" inside a sentence.</summary>
public class EnglishNameBoundaryTests
{
    private const string Path = "articles/test.en.txt";

    private static string[] Names(string sentence) =>
        [.. Some.Extract(sentence, Path).Entities.Select(e => $"{e.Type} {e.Name}").Order(StringComparer.Ordinal)];

    [Fact]
    public void A_middle_initial_stays_inside_the_persons_name()
    {
        var result = Some.Extract("Vantel Systems 's Harriet K. Lomax said the plant would reopen .", Path);

        Assert.Equal(["Organization Vantel Systems", "Person Harriet K. Lomax"],
            result.Entities.Select(e => $"{e.Type} {e.Name}").Order(StringComparer.Ordinal));
        var fact = Some.Fact(result, Some.IdOf(result, "Harriet K. Lomax"), "WORKS_AT", Some.IdOf(result, "Vantel Systems"));
        Assert.Equal("en.works.possessive", fact.Evidence[0].Rule);
    }

    [Fact]
    public void An_all_capital_dateline_word_after_a_name_is_still_split_off() =>
        Assert.Equal(["Organization NORDPOSTEN", "Place Oslo"], Names("Oslo NORDPOSTEN printed it ."));

    [Fact]
    public void A_word_like_federal_opens_a_longer_name_but_is_no_name_alone()
    {
        Assert.Equal(["Organization Federal Grain Board", "Place Chicago"], Names("A ruling by the Federal Grain Board in Chicago surprised traders ."));
        Assert.Equal(["Place Ohio"], Names("Federal officials in Ohio declined to comment ."));
    }

    [Fact]
    public void The_opens_a_name_inside_a_sentence_but_not_at_its_start()
    {
        Assert.Contains("Organization The Morning Courier", Names("Dana Voss , 38 , was the chief correspondent for The Morning Courier until May ."));
        Assert.Equal(["Organization Morning Courier"], Names("The Morning Courier printed the letter ."));
    }

    [Fact]
    public void A_person_who_will_remain_in_a_role_still_works_there()
    {
        var result = Some.Extract("The board said Lionel T. Marsh will remain a commissioner of the Harbor Transit Commission .", Path);

        var fact = Some.Fact(result, Some.IdOf(result, "Lionel T. Marsh"), "LEADS", Some.IdOf(result, "Harbor Transit Commission"));
        Assert.Equal(("commissioner", "en.leads.is"), (fact.Role, fact.Evidence[0].Rule));
    }

    [Fact]
    public void A_possessive_before_an_organisation_makes_a_place_only_when_the_place_is_known()
    {
        Assert.Empty(Some.Extract("Briefing the National Farmers 's Council on prices took an hour .", Path).Relationships);

        var result = Some.Extract("Leningrad 's Kirov Ballet toured in spring .", Path);
        Assert.Equal(["kirov-ballet HEADQUARTERED_IN leningrad"], Some.Facts(result));
    }

    [Fact]
    public void Month_abbreviations_and_the_text_marker_of_wire_copy_are_no_names() =>
        Assert.Equal(["Organization NORDPOSTEN", "Place Oslo"], Names("( Text ) Oslo , 26 Dec ( NORDPOSTEN ) -- The council met ."));

    [Fact]
    public void A_nationality_is_no_name_but_may_open_one()
    {
        Assert.Equal(["Person Hana Ruiz"], Names("Hana Ruiz is an Austrian mathematician ."));
        Assert.Equal(["Organization Ukrainian State Railways"], Names("A spokesman for Ukrainian State Railways declined to comment ."));
    }

    [Fact]
    public void An_unknown_town_before_a_known_state_is_the_place_an_organisation_is_based_in()
    {
        var result = Some.Extract("Vantel Systems of Mill Creek , Ohio , makes valves .", Path);

        var fact = Some.Fact(result, "vantel-systems", "HEADQUARTERED_IN", "mill-creek");
        Assert.Equal("en.hq.of-city-state", fact.Evidence[0].Rule);
        Assert.Equal("Place", result.Entities.Single(e => e.Id == "mill-creek").Type);
    }

    [Fact]
    public void An_unknown_word_after_of_is_not_taken_for_a_place() =>
        Assert.Empty(Some.Extract("Staff of the Vantel Institute of Flight Studies met .", Path).Relationships);

    [Fact]
    public void A_run_opening_with_a_common_given_name_is_a_person_unless_it_ends_in_an_organisation_word()
    {
        Assert.Equal(["Person Gerald Ostrander"], Names("Gerald Ostrander agreed that the problem is daunting ."));
        Assert.Equal(["Organization Gerald Ostrander Architects"], Names("Gerald Ostrander Architects drew the plans ."));
        Assert.Equal(["Organization Velmont Theatre", "Place Jerusalem"], Names("The exhibit at the Velmont Theatre in Jerusalem closed ."));
    }

    [Fact]
    public void And_after_the_head_of_an_of_name_starts_another_name_but_inside_the_name_it_joins()
    {
        Assert.Equal(["Organization Cresthaven University", "Person Bernard Okafor", "Person Ofer Lindqvist"],
            Names("The dig was led by Ofer Lindqvist of Cresthaven University and Bernard Okafor ."));
        Assert.Contains("Organization Ministry of Trade and Industry", Names("Officials of the Ministry of Trade and Industry met on Monday ."));
    }

    [Fact]
    public void And_inside_an_of_name_still_stops_before_a_person_or_an_organisation_with_its_own_head_word()
    {
        Assert.Equal(["Organization Bank of England", "Person Tom Reed"], Names("The Bank of England and Tom Reed disagreed ."));
        Assert.Equal(["Organization Harvard Law School", "Organization University of Chicago"],
            Names("She left the University of Chicago and Harvard Law School ."));
        Assert.Equal(["Organization Bank of Oslo", "Organization Brightloop Corp."], Names("The Bank of Oslo and Brightloop Corp. disagreed ."));
        Assert.Contains("Organization Department of Health and Human Services", Names("Staff of the Department of Health and Human Services met ."));
        Assert.Equal(["Organization Bank of America", "Organization Harlow Capital"], Names("The Bank of America and Harlow Capital merged ."));
        Assert.Contains("Organization College of William and Mary", Names("Staff of the College of William and Mary met ."));
    }
}
