using KGraph.Model;

namespace KGraph.Extraction.Tests.Relations;

// Sentences written for these tests; names are invented so that only the structures carry over.
public class ChineseRelationRulesTests
{
    [Fact]
    public void Possessive_startup_is_founded_and_its_release_is_developed()
    {
        var result = Some.Extract("紧接着,周海洋的AI创企Zentra又正式发布了开源大模型Zeta-2。");

        Assert.Equal(["zentra DEVELOPED zeta-2", "周海洋 FOUNDED zentra"], Some.Facts(result));
        var founded = Some.Fact(result, "周海洋", "FOUNDED", "zentra");
        Assert.Equal("zh.founder.possessive", founded.Evidence[0].Rule);
        Assert.Equal(RelationshipStatus.Extracted, founded.Status);
    }

    [Fact]
    public void Suing_a_company_and_its_chief_executive_gives_two_suits_and_the_leadership()
    {
        var result = Some.Extract("此前,周海洋正式起诉了Brightloop及其首席执行官安娜·卡列尼娜。");

        Assert.Equal(["周海洋 SUED brightloop", "周海洋 SUED 安娜-卡列尼娜", "安娜-卡列尼娜 LEADS brightloop"], Some.Facts(result));
        Assert.Equal("CEO", Some.Fact(result, "安娜-卡列尼娜", "LEADS", "brightloop").Role);
    }

    [Fact]
    public void Evidence_quote_is_the_clause_at_its_span()
    {
        const string text = "这是开头。此前,周海洋正式起诉了Brightloop及其首席执行官安娜·卡列尼娜。";
        var evidence = Some.Fact(Some.Extract(text), "周海洋", "SUED", "brightloop").Evidence.Single();

        Assert.Equal("周海洋正式起诉了Brightloop及其首席执行官安娜·卡列尼娜。", evidence.Quote);
        Assert.Equal(new TextSpan(8, 41), evidence.Span);
        Assert.Equal(evidence.Quote, text[evidence.Span.Start..evidence.Span.End]);
    }

    [Fact]
    public void Negated_or_hedged_suit_is_not_a_fact()
    {
        Assert.Empty(Some.Extract("周海洋没有起诉Brightloop。").Relationships);
        Assert.Empty(Some.Extract("据传周海洋起诉了Brightloop。").Relationships);
    }

    [Fact]
    public void Investment_amount_is_normalised()
    {
        var result = Some.Extract("从加入到撤出Brightloop,周海洋总计向Brightloop提供了2500万美元左右的投资。");

        var investment = Some.Fact(result, "周海洋", "INVESTED_IN", "brightloop");
        Assert.Equal(25000000L, investment.Props["amount"].Value);
        Assert.Equal("USD", investment.Props["currency"].Value);
        Assert.Contains("周海洋 LEFT brightloop", Some.Facts(result));
    }

    [Fact]
    public void Recruited_from_names_where_the_person_came_from()
    {
        var result = Some.Extract("Brightloop的首席科学家Lena Markov也是周海洋亲自从艾克美挖来的。");

        Assert.Equal(["lena-markov WORKS_AT brightloop", "周海洋 RECRUITED lena-markov"], Some.Facts(result));
        Assert.Equal("acme", Some.Fact(result, "周海洋", "RECRUITED", "lena-markov").Props["from"].Value);
        Assert.Equal("chief scientist", Some.Fact(result, "lena-markov", "WORKS_AT", "brightloop").Role);
    }

    [Fact]
    public void List_before_under_distributes_ownership_to_every_member()
    {
        var result = Some.Extract("风投公司Corvid Capital的负责人吴明就是周海洋的支持者,艾克美、Brightloop等周海洋旗下公司都有他的投资。");

        Assert.Equal(
            ["吴明 INVESTED_IN acme", "吴明 INVESTED_IN brightloop", "吴明 LEADS corvid-capital", "吴明 SUPPORTS 周海洋", "周海洋 OWNS acme", "周海洋 OWNS brightloop"],
            Some.Facts(result));
    }

    [Fact]
    public void Parameter_count_of_a_product_becomes_a_property()
    {
        var result = Some.Extract("Zentra发布了大模型Zeta-2,其参数量达到了1200亿。");

        var product = result.Entities.Single(e => e.Id == "zeta-2");
        Assert.Equal("Product", product.Type);
        Assert.Equal(120000000000L, product.Props["parameters"].Value);
    }

    [Fact]
    public void Short_form_of_a_dotted_name_is_the_same_person()
    {
        var result = Some.Extract("安娜·卡列尼娜加入了Brightloop。卡列尼娜随后离开了Brightloop。");

        Assert.Equal(["安娜-卡列尼娜 LEFT brightloop", "安娜-卡列尼娜 WORKS_AT brightloop"], Some.Facts(result));
        var person = result.Entities.Single(e => e.Id == "安娜-卡列尼娜");
        Assert.Equal(["卡列尼娜"], person.Aliases);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void Curated_names_resolve_to_their_IDs()
    {
        var result = Some.Extract("周海洋起诉了艾克美。");

        Assert.Equal(["周海洋 SUED acme"], Some.Facts(result));
        var mention = result.Entities.Single(e => e.Id == "acme").Mentions.Single();
        Assert.Equal(new Mention("test.zh", new TextSpan(6, 9), "艾克美"), mention);
    }

    [Fact]
    public void A_tie_the_text_says_no_more_about_is_an_association()
    {
        var result = Some.Extract("周海洋与Brightloop关系密切。");

        // The type is symmetric: its two ends are written in id order.
        Assert.Equal(["brightloop ASSOCIATED_WITH 周海洋"], Some.Facts(result));
    }
}
