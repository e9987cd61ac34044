namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// English facts told through possessives, relative clauses and coordination: "X, Y's founder",
/// "Y, which X released", "X, who left Y, founded Z", "was recruited by X from Y".
/// </summary>
public class EnglishClauseRulesTests
{
    private const string Path = "articles/test.en.txt";

    private static (string Fact, string Rule)[] FactsWithRules(string text) =>
        [.. Some.Extract(text, Path).Relationships.Select(r => ($"{r.From} {r.Type} {r.To}", r.Evidence[0].Rule ?? "")).Order()];

    [Fact]
    public void A_possessive_title_after_a_name_gives_leadership_and_founding()
    {
        var facts = FactsWithRules("Nadia Brook, Quillon's founder and chief executive, spoke first .");

        Assert.Equal([("nadia-brook FOUNDED quillon", "en.founder.appositive-possessive"),
            ("nadia-brook LEADS quillon", "en.leads.appositive-possessive")], facts);
    }

    [Fact]
    public void A_longer_role_after_a_possessive_is_not_mistaken_for_leadership()
    {
        var result = Some.Extract("Omar Vance, Quillon's chief scientist, spoke first .", Path);

        var fact = Assert.Single(result.Relationships);
        Assert.Equal(("omar-vance WORKS_AT quillon", "chief scientist", "en.works.appositive-possessive"),
            ($"{fact.From} {fact.Type} {fact.To}", fact.Role, fact.Evidence[0].Rule));
    }

    [Fact]
    public void Two_possessive_titles_in_one_apposition_give_two_facts()
    {
        var facts = FactsWithRules("Nadia Brook, Quillon's chief executive and Ferrodyne's founder, spoke first .");

        Assert.Equal([("nadia-brook FOUNDED ferrodyne", "en.founder.appositive-possessive"),
            ("nadia-brook LEADS quillon", "en.leads.appositive-possessive")], facts);
    }

    [Fact]
    public void A_founder_named_after_whose_founds_the_organisation() =>
        Assert.Equal([("peter-lunde FOUNDED quillon", "en.founder.whose")],
            FactsWithRules("He had argued with Quillon, whose co-founder Peter Lunde disagreed ."));

    [Fact]
    public void A_relative_clause_between_founder_and_verb_still_gives_the_founding()
    {
        var facts = FactsWithRules("Hana Ruiz, who left Quillon in 2019, founded Ferrodyne in 2020 with her brother Tomas Ruiz .");

        Assert.Equal(
            [
                ("hana-ruiz FAMILY tomas-ruiz", "en.family.with"), ("hana-ruiz FOUNDED ferrodyne", "en.founder.after-clause"),
                ("hana-ruiz LEFT quillon", "en.left.who"), ("tomas-ruiz FOUNDED ferrodyne", "en.founder.with"),
            ],
            facts);
    }

    [Fact]
    public void The_company_a_person_founded_is_theirs()
    {
        var facts = FactsWithRules("Hana Ruiz now has a rival of her own: Ferrodyne, the company she founded in 2020, competes with Quillon .");

        Assert.Equal([("ferrodyne COMPETES_WITH quillon", "en.competes.verb"), ("hana-ruiz FOUNDED ferrodyne", "en.founder.the-company")], facts);
    }

    [Fact]
    public void A_passive_recruitment_names_the_recruiter_and_where_from()
    {
        var result = Some.Extract("Omar Vance, Quillon's chief scientist, was recruited by Hana Ruiz from Ferrodyne in 2016 .", Path);

        var fact = Some.Fact(result, "hana-ruiz", "RECRUITED", "omar-vance");
        Assert.Equal(("en.recruited.passive-from", "ferrodyne", "2016"), (fact.Evidence[0].Rule, fact.Props["from"].ToString(), fact.Start?.ToString()));
    }

    [Fact]
    public void An_investment_with_an_approximate_amount_or_in_a_relative_clause_keeps_the_amount()
    {
        var first = Some.Extract("Quillon , which first invested $2 billion in Ferrodyne in 2019 , is not a party .", Path);
        var second = Some.Extract("Hana Ruiz said she invested some $44 million in Ferrodyne .", Path);

        var large = Some.Fact(first, "quillon", "INVESTED_IN", "ferrodyne");
        var small = Some.Fact(second, "hana-ruiz", "INVESTED_IN", "ferrodyne");
        Assert.Equal((2000000000L, "USD", "en.invest.which-amount"), (large.Props["amount"].Value, large.Props["currency"].Value, large.Evidence[0].Rule));
        Assert.Equal((44000000L, "USD", "en.invest.amount"), (small.Props["amount"].Value, small.Props["currency"].Value, small.Evidence[0].Rule));
    }

    [Fact]
    public void He_after_a_sentence_opened_by_a_person_is_that_person()
    {
        var result = Some.Extract("Hana Ruiz co-founded Quillon with Omar Vance in 2015 . Between 2016 and 2018 , he invested $5 million in Quillon .", Path);

        Assert.Contains("hana-ruiz INVESTED_IN quillon", Some.Facts(result));
        Assert.DoesNotContain("omar-vance INVESTED_IN quillon", Some.Facts(result));
    }

    [Fact]
    public void A_person_who_founded_and_then_left_an_organisation_left_it() =>
        Assert.Contains(("hana-ruiz LEFT quillon", "en.left.and"), FactsWithRules("Hana Ruiz co-founded Quillon in 2015 and left Quillon in 2018 ."));

    [Fact]
    public void Products_released_in_a_relative_clause_are_developed_by_the_subject()
    {
        var result = Some.Extract("That is far larger than Zephyr-2, which Quillon introduced in 2021 with 90 billion parameters .", Path);

        Assert.Equal(["quillon DEVELOPED zephyr-2"], Some.Facts(result));
        Assert.Equal("90000000000", result.Entities.Single(e => e.Id == "zephyr-2").Props["parameters"].ToString());
    }

    [Fact]
    public void A_competitor_apposition_and_a_bought_network_are_facts()
    {
        Assert.Equal([("ferrodyne-inc COMPETES_WITH quillon", "en.competes.appositive")],
            FactsWithRules("They launched Quillon, a direct competitor to Ferrodyne Inc., last year ."));
        Assert.Equal([("hana-ruiz ACQUIRED ferrodyne-inc", "en.acquired.the-thing")],
            FactsWithRules("It competed with Ferrodyne Inc., the social network Hana Ruiz bought in 2022 ."));
    }

    [Theory]
    [InlineData("Hana Ruiz did not found Ferrodyne with Omar Vance .")]
    [InlineData("Quillon , which reportedly invested $2 billion in Ferrodyne , declined to comment .")]
    public void Negated_or_hedged_clauses_give_no_facts(string sentence) =>
        Assert.Empty(Some.Extract(sentence, Path).Relationships);
}
