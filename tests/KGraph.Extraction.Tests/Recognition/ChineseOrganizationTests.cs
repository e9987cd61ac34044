namespace KGraph.Extraction.Tests.Recognition;

// Sentences written for these tests; names are invented so that only the structures carry over.
public class ChineseOrganizationTests
{
    private static string[] Organizations(string text) =>
        [.. Some.Extract(text).Entities.Where(e => e.Type == "Organization").Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_legal_form_takes_every_content_word_before_it_even_verbs()
    {
        Assert.Equal(["杭州蓝鲸拍卖有限公司"], Organizations("杭州蓝鲸拍卖有限公司于2019年3月2日登记成立。"));
    }

    [Fact]
    public void The_clause_subject_of_a_founding_is_an_organisation_without_a_suffix()
    {
        var result = Some.Extract("青橙书屋成立于2012年5月，是一家连锁书店。");

        var shop = Assert.Single(result.Entities, e => e.Name == "青橙书屋");
        Assert.Equal("Organization", shop.Type);
        Assert.Equal("2012-05", shop.Props["founded"].ToString());
    }

    [Fact]
    public void A_founding_subject_with_a_bracketed_Latin_name_keeps_its_Chinese_name()
    {
        var result = Some.Extract("青橙书屋（Qingcheng）成立于2012年。");

        Assert.Equal("2012", result.Entities.Single(e => e.Name == "青橙书屋").Props["founded"].ToString());
    }

    [Fact]
    public void A_name_cut_short_before_a_list_comma_keeps_its_third_character()
    {
        var people = Some.Extract("蓝鲸科技董事长钱要武、财务总监孙立未到场。").Entities.Where(e => e.Type == "Person").Select(e => e.Name);

        Assert.Contains("钱要武", people);
    }

    [Fact]
    public void A_company_gets_its_short_names_as_aliases()
    {
        var company = Some.Extract("深圳市蓝鲸智能科技有限公司于2016年成立。").Entities.Single(e => e.Type == "Organization");

        Assert.Equal("深圳市蓝鲸智能科技有限公司", company.Name);
        Assert.Equal(["深圳市蓝鲸", "深圳市蓝鲸智能", "深圳市蓝鲸智能科技", "蓝鲸", "蓝鲸智能", "蓝鲸智能科技", "蓝鲸智能科技有限公司"], company.Aliases);
    }
}
