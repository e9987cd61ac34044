namespace KGraph.Extraction.Tests.Recognition;

/// <summary>Registered company names read back from their legal form, and three-character names jieba cuts short.</summary>
public class ChineseLegalNameTests
{
    private static string[] Organizations(string text) =>
        [.. Some.Extract(text).Entities.Where(e => e.Type == "Organization").Select(e => e.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void ABracketedPlaceInsideACompanyNameIsPartOfIt()
    {
        Assert.Equal(["安禾（杭州）信息科技有限公司"], Organizations("安禾（杭州）信息科技有限公司今天发布了新产品。"));
    }

    [Fact]
    public void AHeadingBeforeACompanyNameIsNotPartOfIt()
    {
        var result = Some.Extract("公司简介江苏青禾农业科技有限公司始创于2005年，主营有机蔬菜。");

        var company = result.Entities.Single(e => e.Type == "Organization");
        Assert.Equal("江苏青禾农业科技有限公司", company.Name);
        Assert.Equal(new KGraph.Model.TextSpan(4, 16), company.Mentions[0].Span);
        Assert.Equal("2005", company.Props["founded"].ToString());
    }

    [Fact]
    public void PlainWordsBeforeTheCityACompanyNameStartsWithAreNotPartOfIt()
    {
        Assert.Equal(["广州市青禾农业科技有限公司"], Organizations("研发实力广州市青禾农业科技有限公司始创于1999年。"));
    }

    [Fact]
    public void HanNumeralsInACompanyNameArePartOfIt()
    {
        var result = Some.Extract("节目现场，五星重工股份有限公司董事长何立群发言。");

        Assert.Equal(["五星重工股份有限公司"], result.Entities.Where(e => e.Type == "Organization").Select(e => e.Name));
        Assert.Equal("chairman", Assert.Single(result.Relationships).Role);
    }

    [Fact]
    public void ATitleInBookQuotesAndALimitedPartnershipArePartOfTheName()
    {
        Assert.Equal(["北京《晨风》杂志社有限公司"], Organizations("北京《晨风》杂志社有限公司于2001-05-12在朝阳分局登记成立。"));
        Assert.Equal(["宁远股权投资合伙企业（有限合伙）"], Organizations("宁远股权投资合伙企业（有限合伙）于2012年3月6日在苏州市姑苏区市场监督管理局登记成立。"));
    }

    [Fact]
    public void TheVerbBeforeACompanyNameIsNotPartOfIt()
    {
        Assert.Equal(["青禾农业科技有限公司"], Organizations("他收购了青禾农业科技有限公司。"));
        Assert.Equal(["青禾农业科技有限公司"], Organizations("很多人想到的例子如青禾农业科技有限公司。"));
    }

    [Fact]
    public void ACompanyNameWithABracketedPlaceHasItsCoreAsAnAlias()
    {
        var company = Some.Extract("安禾（杭州）软件科技有限公司今天发布了新产品。").Entities.Single(e => e.Type == "Organization");

        Assert.Contains("安禾", company.Aliases);
        Assert.Contains("安禾软件", company.Aliases);
    }

    [Fact]
    public void AThreeCharacterNameCutBeforeItsLastCharacterIsWhole()
    {
        var person = Some.Extract("公司董事长孟华泽被纪委调查。").Entities.Single(e => e.Type == "Person");

        Assert.Equal("孟华泽", person.Name);
        Assert.Equal(new KGraph.Model.TextSpan(5, 8), person.Mentions[0].Span);
    }

    [Fact]
    public void AVerbAfterATwoCharacterNameIsNotItsLastCharacter()
    {
        var person = Some.Extract("郭华提出的方案获得通过。").Entities.Single(e => e.Type == "Person");

        Assert.Equal("郭华", person.Name);
    }

    [Fact]
    public void AGroupNamedShortAndInFullInOneArticleIsOneOrganization()
    {
        var result = Some.Extract("远山交通投资集团董事长李明华出席了会议。远山交通投资集团有限责任公司董事长李明华表示将扩大投资。");

        var company = result.Entities.Single(e => e.Type == "Organization");
        Assert.Equal("远山交通投资集团有限责任公司", company.Name);
        Assert.Equal(["远山交通投资集团", "远山交通投资集团有限责任公司"], company.Mentions.Select(m => m.Text).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("LEADS", Assert.Single(result.Relationships).Type);
    }

    [Fact]
    public void ADescriptiveWordBeforeTheTradeIsPartOfARegisteredName()
    {
        Assert.Equal(["辽东青创创业服务集团有限公司"], Organizations("会上，辽东青创创业服务集团有限公司董事长李明华发言。"));
    }

    [Fact]
    public void AHeadingThatStartsWithCompanyIsNotPartOfTheNameAfterIt()
    {
        var result = Some.Extract("公司发展ZKT公司由李明华于1950年创立。");

        var company = result.Entities.Single(e => e.Type == "Organization");
        Assert.Equal("ZKT公司", company.Name);
        Assert.Contains("ZKT", company.Aliases);
        Assert.Equal("1950", company.Props["founded"].ToString());
    }

    [Fact]
    public void ACompanyIsAlsoKnownWithoutACityTheLexiconDoesNotList()
    {
        var company = Some.Extract("驻马店市远帆调味品集团有限公司成立于1998年。").Entities.Single(e => e.Type == "Organization");

        Assert.Equal("驻马店市远帆调味品集团有限公司", company.Name);
        Assert.Contains("远帆调味品集团", company.Aliases);
        Assert.Contains("远帆", company.Aliases);
    }

    [Fact]
    public void AVerbAfterTheLegalFormIsNotPartOfTheNameButABranchIs()
    {
        Assert.Equal(["远山酒业股份有限公司"], Organizations("远山酒业股份有限公司注册成立于2011年3月。"));
        Assert.Equal(["远山酒业股份有限公司北京分公司"], Organizations("远山酒业股份有限公司北京分公司成立于2011年3月。"));
    }
}
