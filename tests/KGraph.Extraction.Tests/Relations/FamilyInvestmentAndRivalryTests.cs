namespace KGraph.Extraction.Tests.Relations;

/// <summary>Siblings who found together, investments without a figure, rival products, and co-founders named after a title.</summary>
public class FamilyInvestmentAndRivalryTests
{
    private static (string Fact, string Rule)[] FactsWithRules(string text, string path = "articles/test.zh.txt") =>
        [.. Some.Extract(text, path).Relationships.Select(r => ($"{r.From} {r.Type} {r.To}", r.Evidence[0].Rule ?? "")).Order()];

    [Fact]
    public void A_sibling_named_in_a_joint_founding_is_family_of_the_last_person_named()
    {
        var result = Some.Extract("另一位元老周海洋于2020年离开Brightloop，随后与妹妹周海燕共同创立了Zentra公司。");

        var family = Some.Fact(result, "周海洋", "FAMILY", "周海燕");
        Assert.Equal(("zh.family.with", "sibling"), (family.Evidence[0].Rule, family.Props["relation"].ToString()));
    }

    [Fact]
    public void An_earlier_person_is_not_the_siblings_relative()
    {
        var facts = FactsWithRules("吴明称，周海洋离开Brightloop后与妹妹周海燕共同创立了Zentra公司。");

        Assert.Contains(("周海洋 FAMILY 周海燕", "zh.family.with"), facts);
        Assert.DoesNotContain(facts, f => f.Fact.StartsWith("吴明 FAMILY", StringComparison.Ordinal));
    }

    [Fact]
    public void An_English_sibling_after_his_is_family_of_the_person_his_stands_for() =>
        Assert.Contains(("hana-ruiz FAMILY tomas-ruiz", "en.family.with"),
            FactsWithRules("Hana Ruiz founded Ferrodyne in 2021 with her brother Tomas Ruiz .", "articles/test.en.txt"));

    [Fact]
    public void Investing_in_an_organisation_without_a_figure_is_still_an_investment() =>
        Assert.Equal([("zentra INVESTED_IN brightloop", "zh.invest.to")], FactsWithRules("自2019年起，Zentra已向Brightloop投资数十亿美元。"));

    [Fact]
    public void A_product_competing_with_another_companys_product_competes_with_the_product()
    {
        var facts = FactsWithRules("去年11月，Zentra推出了聊天机器人Zeta-2，与Brightloop开发的Bolt-3展开竞争。");

        Assert.Contains(("bolt-3 COMPETES_WITH zeta-2", "zh.competes.made-by"), facts);
    }

    [Fact]
    public void A_person_titled_by_an_organisation_who_is_also_a_co_founder_founded_it() =>
        Assert.Contains(("周海燕 FOUNDED brightloop", "zh.founder.also"), FactsWithRules("Brightloop的首席科学家周海燕同样是联合创始人。"));
}
