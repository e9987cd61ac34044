namespace KGraph.Extraction.Tests.Relations;

/// <summary>Founding and headquarters phrasings: founders named by title after 由, founding after a date, a company's nationality.</summary>
public class ChineseFoundingAndSeatTests
{
    [Fact]
    public void A_founder_named_by_title_after_you_founded_the_company()
    {
        var result = Some.Extract("灵泉科技有限公司由创始人邝振宇先生于2009年创办，主营净水设备。");

        var fact = Some.Fact(result, Some.IdOf(result, "邝振宇"), "FOUNDED", Some.IdOf(result, "灵泉科技有限公司"));
        Assert.Equal("zh.founder.passive-title", fact.Evidence[0].Rule);
    }

    [Fact]
    public void A_person_who_founded_a_company_in_a_year_founded_it()
    {
        var result = Some.Extract("邝振宇先生于2009年在广州创办了灵泉科技有限公司。");

        var fact = Some.Fact(result, Some.IdOf(result, "邝振宇"), "FOUNDED", Some.IdOf(result, "灵泉科技有限公司"));
        Assert.Equal("zh.founder.on-date", fact.Evidence[0].Rule);
        Assert.Equal("2009", fact.Start?.ToString());
    }

    [Fact]
    public void A_company_that_is_an_Italian_maker_is_seated_in_Italy()
    {
        var result = Some.Extract("灵泉科技有限公司是一家意大利的净水设备制造商。");

        var fact = Some.Fact(result, Some.IdOf(result, "灵泉科技有限公司"), "HEADQUARTERED_IN", Some.IdOf(result, "意大利"));
        Assert.Equal("zh.hq.nationality", fact.Evidence[0].Rule);
    }

    [Fact]
    public void A_company_that_is_not_a_maker_gets_no_seat()
    {
        var result = Some.Extract("灵泉科技有限公司并非一家意大利的净水设备制造商。");

        Assert.DoesNotContain(result.Relationships, r => r.Type == "HEADQUARTERED_IN");
    }

    [Fact]
    public void A_sentence_opening_with_a_short_heading_still_has_its_company_as_topic()
    {
        var result = Some.Extract("关于品牌：艾克美地产是艾克美集团旗下的城市运营商，总部设于上海。");

        Assert.Contains("acme HEADQUARTERED_IN 上海", Some.Facts(result));
        Assert.Equal("zh.hq.topic", Some.Fact(result, "acme", "HEADQUARTERED_IN", "上海").Evidence[0].Rule);
    }
}
