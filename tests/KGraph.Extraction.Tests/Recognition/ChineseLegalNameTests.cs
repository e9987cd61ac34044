namespace KGraph.Extraction.Tests.Recognition;

/// <summary>Registered company names read back from their legal form, and three-character names jieba cuts short.</summary>
public class ChineseLegalNameTests
{
    private static string[] Organizations(string text) =>
        [.. Some.Extract(text).Entities.Where(e => e.Type == "Organization").Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_bracketed_place_inside_a_company_name_is_part_of_it()
    {
        Assert.Equal(["安禾（杭州）信息科技有限公司"], Organizations("安禾（杭州）信息科技有限公司今天发布了新产品。"));
    }

    [Fact]
    public void A_heading_before_a_company_name_is_not_part_of_it()
    {
        var result = Some.Extract("公司简介江苏青禾农业科技有限公司始创于2005年，主营有机蔬菜。");

        var company = result.Entities.Single(e => e.Type == "Organization");
        Assert.Equal("江苏青禾农业科技有限公司", company.Name);
        Assert.Equal(new KGraph.Model.TextSpan(4, 16), company.Mentions[0].Span);
        Assert.Equal("2005", company.Props["founded"].ToString());
    }

    [Fact]
    public void Plain_words_before_the_city_a_company_name_starts_with_are_not_part_of_it()
    {
        Assert.Equal(["广州市青禾农业科技有限公司"], Organizations("研发实力广州市青禾农业科技有限公司始创于1999年。"));
    }

    [Fact]
    public void Han_numerals_in_a_company_name_are_part_of_it()
    {
        var result = Some.Extract("节目现场，五星重工股份有限公司董事长何立群发言。");

        Assert.Equal(["五星重工股份有限公司"], result.Entities.Where(e => e.Type == "Organization").Select(e => e.Name));
        Assert.Equal("chairman", Assert.Single(result.Relationships).Role);
    }

    [Fact]
    public void A_title_in_book_quotes_and_a_limited_partnership_are_part_of_the_name()
    {
        Assert.Equal(["北京《晨风》杂志社有限公司"], Organizations("北京《晨风》杂志社有限公司于2001-05-12在朝阳分局登记成立。"));
        Assert.Equal(["宁远股权投资合伙企业（有限合伙）"], Organizations("宁远股权投资合伙企业（有限合伙）于2012年3月6日在苏州市姑苏区市场监督管理局登记成立。"));
    }

    [Fact]
    public void The_verb_before_a_company_name_is_not_part_of_it()
    {
        Assert.Equal(["青禾农业科技有限公司"], Organizations("他收购了青禾农业科技有限公司。"));
        Assert.Equal(["青禾农业科技有限公司"], Organizations("很多人想到的例子如青禾农业科技有限公司。"));
    }

    [Fact]
    public void A_company_name_with_a_bracketed_place_has_its_core_as_an_alias()
    {
        var company = Some.Extract("安禾（杭州）软件科技有限公司今天发布了新产品。").Entities.Single(e => e.Type == "Organization");

        Assert.Contains("安禾", company.Aliases);
        Assert.Contains("安禾软件", company.Aliases);
    }

    [Fact]
    public void A_three_character_name_cut_before_its_last_character_is_whole()
    {
        var person = Some.Extract("公司董事长孟华泽被纪委调查。").Entities.Single(e => e.Type == "Person");

        Assert.Equal("孟华泽", person.Name);
        Assert.Equal(new KGraph.Model.TextSpan(5, 8), person.Mentions[0].Span);
    }

    [Fact]
    public void A_verb_after_a_two_character_name_is_not_its_last_character()
    {
        var person = Some.Extract("郭华提出的方案获得通过。").Entities.Single(e => e.Type == "Person");

        Assert.Equal("郭华", person.Name);
    }

    [Fact]
    public void A_group_named_short_and_in_full_in_one_article_is_one_organization()
    {
        var result = Some.Extract("远山交通投资集团董事长李明华出席了会议。远山交通投资集团有限责任公司董事长李明华表示将扩大投资。");

        var company = result.Entities.Single(e => e.Type == "Organization");
        Assert.Equal("远山交通投资集团有限责任公司", company.Name);
        Assert.Equal(["远山交通投资集团", "远山交通投资集团有限责任公司"], company.Mentions.Select(m => m.Text).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("LEADS", Assert.Single(result.Relationships).Type);
    }

    [Fact]
    public void A_descriptive_word_before_the_trade_is_part_of_a_registered_name()
    {
        Assert.Equal(["辽东青创创业服务集团有限公司"], Organizations("会上，辽东青创创业服务集团有限公司董事长李明华发言。"));
    }

    [Fact]
    public void A_heading_that_starts_with_company_is_not_part_of_the_name_after_it()
    {
        var result = Some.Extract("公司发展ZKT公司由李明华于1950年创立。");

        var company = result.Entities.Single(e => e.Type == "Organization");
        Assert.Equal("ZKT公司", company.Name);
        Assert.Contains("ZKT", company.Aliases);
        Assert.Equal("1950", company.Props["founded"].ToString());
    }

    [Fact]
    public void A_company_is_also_known_without_a_city_the_lexicon_does_not_list()
    {
        var company = Some.Extract("驻马店市远帆调味品集团有限公司成立于1998年。").Entities.Single(e => e.Type == "Organization");

        Assert.Equal("驻马店市远帆调味品集团有限公司", company.Name);
        Assert.Contains("远帆调味品集团", company.Aliases);
        Assert.Contains("远帆", company.Aliases);
    }

    [Fact]
    public void A_verb_after_the_legal_form_is_not_part_of_the_name_but_a_branch_is()
    {
        Assert.Equal(["远山酒业股份有限公司"], Organizations("远山酒业股份有限公司注册成立于2011年3月。"));
        Assert.Equal(["远山酒业股份有限公司北京分公司"], Organizations("远山酒业股份有限公司北京分公司成立于2011年3月。"));
    }
}
