namespace KGraph.Extraction.Tests.Recognition;

/// <summary>
/// Organisations from Rules/names.yaml and from cue words around a name (vs, 队, 主场, 分行, 协会, bylines),
/// and the filters that keep titles, forms of address and place names from being persons. Every
/// sentence here is our own.
/// </summary>
public class ChineseCueNameTests
{
    /// <summary>Persons and organisations found, as "Type name [start,end)" sorted by position.</summary>
    private static string[] Mentions(string text)
    {
        var result = Some.Extract(text);
        return [.. result.Entities
            .Where(e => e.Type is "Person" or "Organization")
            .SelectMany(e => e.Mentions.Select(m => (m.Span.Start, Line: $"{e.Type} {m.Text} [{m.Span.Start},{m.Span.End})")))
            .OrderBy(m => m.Start)
            .Select(m => m.Line)];
    }

    private static string[] Persons(string text) => [.. Mentions(text).Where(m => m.StartsWith("Person", StringComparison.Ordinal))];

    [Fact]
    public void ANameAfterAPersonsTitleIsAPersonEvenWhereJiebaReadsItAsACommonWord() =>
        Assert.Equal(["Person 成钢 [4,6)"], Persons("银行员工成钢称自己并不知情。"));

    [Fact]
    public void ANameAfterATitleEndsBeforeACharacterNoGivenNameEndsWith() =>
        Assert.Equal(["Person 冀川 [7,9)"], Persons("市交通委副主任冀川上周曾表示，地铁票价不会调整。"));

    [Fact]
    public void APrepositionAfterAPersonsTitleIsNoSurname() =>
        Assert.Empty(Persons("区法院办公室李主任向记者透露，案件下周开庭。"));

    [Fact]
    public void AWholeNameJiebaTaggedBeforeAnHonorificIsNotCutToItsLastTwoCharacters() =>
        Assert.Equal(["Person 林宗伟 [5,8)"], Persons("会上，作者林宗伟先生介绍了这本新书。"));

    [Fact]
    public void ADepartmentBetweenAnOrganizationAndATitleIsNotPartOfTheOrganizationsName() =>
        Assert.Equal(["Person 钱立武 [6,9)"], Mentions("蓝鲸营销总监钱立武宣布新品下月上市。"));

    [Fact]
    public void AParticleOrConjunctionJiebaGluedOntoACompanysNameIsLeftOut()
    {
        Assert.Equal(["Organization 泽川公司 [7,11)"], Mentions("这一决定遭到了泽川公司的反对。"));
        Assert.Equal(["Organization 贝川公司 [5,9)"], Mentions("据调查，和贝川公司合作的商家都很满意。"));
    }

    [Fact]
    public void AForeignNameJiebaSplitIntoPersonPiecesIsOneNameBeforeASpeechCue() =>
        Assert.Equal(["Person 莫里斯伍 [1,5)"], Persons("据莫里斯伍表示，新馆明年开放。"));

    [Fact]
    public void AForeignNameJiebaSplitIntoPersonPiecesIsOneNameAfterANationality() =>
        Assert.Equal(["Person 奎罗纳 [3,6)"], Persons("巴西人奎罗纳的加盟让球队更强。"));

    [Fact]
    public void ACompoundOfCommonWordsTaggedAsANameIsNoPerson()
    {
        Assert.Empty(Persons("她上个月在银行办了一张白金卡。"));
        Assert.Empty(Persons("他向学校递交了入学申请书。"));
    }

    [Fact]
    public void AForeignNameOpeningWithAPlaceIsStillAPerson() =>
        Assert.Equal(["Person 德里克 [0,3)"], Persons("德里克表示明天出发。"));

    [Fact]
    public void ListedClubsAndLeaguesAreOrganizations() =>
        Assert.Equal(["Organization 阿森纳 [0,3)", "Organization 英超 [6,8)", "Organization 热刺 [10,12)"], Mentions("阿森纳上周在英超输给热刺。"));

    [Fact]
    public void AClubNamedAfterItsCityNeedsAFootballCue()
    {
        Assert.Equal(["Organization 罗马 [0,2)"], Mentions("罗马本赛季主场还没有输过。"));
        Assert.Empty(Mentions("罗马的春天游客很多。"));
    }

    [Fact]
    public void ALongClubNameCutToThreeOrFourCharactersIsTheClubOnlyInAFootballSentence()
    {
        Assert.Equal(["Organization 多特蒙 [5,8)", "Organization 拜仁 [12,14)"], Mentions("本轮焦点：多特蒙主场迎战拜仁。"));
        Assert.DoesNotContain(Mentions("他把多特蒙三个字写在纸上。"), m => m.StartsWith("Organization", StringComparison.Ordinal));
    }

    [Fact]
    public void BothSidesOfVsAreTeams() =>
        Assert.Equal(["Organization 蓝湾城 [2,5)", "Organization 白河竞技 [7,11)"], Mentions("周六蓝湾城vs白河竞技，看好主队。"));

    [Fact]
    public void AProperNounBeforeDuiIsATeamButAKindOfSquadIsNot()
    {
        Assert.Equal(["Organization 巴西队 [0,3)"], Mentions("巴西队昨晚赢了。"));
        Assert.Empty(Mentions("国家队昨晚赢了。"));
    }

    [Fact]
    public void BankShortFormsNeedABankingCue()
    {
        Assert.Equal(["Organization 工行 [0,2)", "Organization 民生 [3,5)"], Mentions("工行和民生都上调了信用卡年费。"));
        Assert.Empty(Mentions("民生问题是今年的重点。"));
    }

    [Fact]
    public void ABranchJoinsTheBanksName() =>
        Assert.Equal(["Organization 招商银行杭州分行 [0,8)"], Mentions("招商银行杭州分行昨日发布了公告。"));

    [Theory]
    [InlineData("据悉，上述渤海银行将提高利率。", 5)]
    [InlineData("行业预期渤海银行将提高利率。", 4)]
    public void AClauseGluedOntoAKnownBankIsDropped(string text, int start) =>
        Assert.Equal([$"Organization 渤海银行 [{start},{start + 4})"], Mentions(text).Where(m => m.Contains("银行", StringComparison.Ordinal)));

    [Fact]
    public void AnInstitutionNamedWithPlainNounsIsAnOrganization() =>
        Assert.Equal(["Organization 陶瓷行业协会 [0,6)"], Mentions("陶瓷行业协会呼吁企业遵守标准。"));

    [Fact]
    public void AReportersBylineNameIsAPerson() =>
        Assert.Equal(["Person 高山 [6,8)"], Mentions("本报讯（记者高山）昨天下了一场大雨。"));

    [Fact]
    public void ALatinNameBeforeACompanyCueIsACompany() =>
        Assert.Equal(["Organization Zentrix [0,7)"], Mentions("Zentrix旗下的新游戏今年上市。"));

    [Fact]
    public void ALatinNameAfterAPlayerCueIsAPerson() =>
        Assert.Equal(["Person Kyrin [4,9)"], Mentions("韩国选手Kyrin赢得了冠军。"));

    [Fact]
    public void ANameInsideATitleIsNoPerson() =>
        Assert.Empty(Persons("他最近在读《赵明远传奇》这本书。"));

    [Fact]
    public void ASurnameWithAFormOfAddressIsNoPerson() =>
        Assert.Empty(Persons("江先生告诉记者，房子还没交付。"));

    [Fact]
    public void ANameBeforeAPlaceWordIsPartOfThePlace() =>
        Assert.Empty(Persons("大家在卢卡广场集合。"));

    [Fact]
    public void APersonNextToATeamCueIsATeam()
    {
        Assert.Equal(["Organization 卡斯特罗 [0,4)"], Mentions("卡斯特罗主场迎战白河竞技。").Take(1));
        Assert.Equal(["Organization 卡斯特罗 [8,12)"], Mentions("白河竞技主场逼平卡斯特罗。"));
    }

    [Fact]
    public void TwoCommonWordsAreNoName() =>
        Assert.Empty(Persons("新版本将在今天下午正式上线。"));

    [Fact]
    public void ARegulatorIsAnOrganizationNotAPerson() =>
        Assert.Equal(["Organization 银监会 [0,3)"], Mentions("银监会要求各家银行控制风险。"));

    [Fact]
    public void AUniversityDepartmentJoinsTheUniversitysName() =>
        Assert.Equal(["Organization 南湖大学法学院 [0,7)"], Mentions("南湖大学法学院今年招收了两百名学生。"));

    [Fact]
    public void AListedEventWithItsYearIsThatEdition() =>
        Assert.Equal(["Organization WCG2012 [2,9)"], Mentions("他在WCG2012拿了第三名。"));

    [Fact]
    public void AnInstitutionMayJoinTwoFieldsWithJi() =>
        Assert.Equal(["Organization 中国陶瓷及玻璃研究会 [0,10)"], Mentions("中国陶瓷及玻璃研究会发布了年度报告。"));

    [Fact]
    public void AForeignNameAfterAPersonsTitleIsAPerson() =>
        Assert.Equal(["Person 马丁内斯 [2,6)"], Mentions("主帅马丁内斯希望球队尽快调整状态。"));

    [Fact]
    public void ALatinNameAlreadyListedIsACompanyWithoutACue() =>
        Assert.Equal(["Organization CAPCOM [0,6)"], Mentions("CAPCOM今年没有参展。"));

    [Fact]
    public void APersonInAListOfMostlyOrganizationsIsAnOrganization() =>
        Assert.Equal(["Organization 切尔西 [0,3)", "Organization 阿森纳 [4,7)", "Organization 卡斯特罗 [8,12)"], Mentions("切尔西、阿森纳、卡斯特罗都想签下这名后卫。"));

    [Fact]
    public void AListOfPersonsStaysPersons() =>
        Assert.Equal(["Person 李国栋 [0,3)", "Person 王志强 [4,7)", "Organization 阿森纳 [8,11)"], Mentions("李国栋、王志强和阿森纳的球员都来了。"));

    [Fact]
    public void AConjunctionGluedToTheNextWordIsNoPerson() =>
        Assert.Empty(Persons("他带着随从和灵儿一起上山。"));

    [Fact]
    public void ANamesFileWithAnUnknownContextIsRefusedWithTheGroupNamed()
    {
        var rules = Some.TempDirectory();
        File.WriteAllText(Path.Combine(rules, "names.yaml"), "contexts:\n  football: [vs]\nknown:\n  - group: rowing clubs\n    context: rowing\n    names: [蓝湾赛艇会]\n");
        var error = Assert.Throws<InvalidDataException>(() => new ArticleExtractor([], new ExtractorOptions { RulesDirectory = rules }));
        Assert.Equal("names.yaml: group 'rowing clubs' names an unknown context 'rowing'", error.Message);
    }

    [Fact]
    public void ALatinTitleInTheBracketAfterAChineseTitleIsNoOrganization() =>
        Assert.Empty(Mentions("这部名叫《远航之歌》(SongOfVoyage)的电影明年上映。"));
}
