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
    public void A_name_after_a_persons_title_is_a_person_even_where_Jieba_reads_it_as_a_common_word() =>
        Assert.Equal(["Person 成钢 [4,6)"], Persons("银行员工成钢称自己并不知情。"));

    [Fact]
    public void A_name_after_a_title_ends_before_a_character_no_given_name_ends_with() =>
        Assert.Equal(["Person 冀川 [7,9)"], Persons("市交通委副主任冀川上周曾表示，地铁票价不会调整。"));

    [Fact]
    public void A_preposition_after_a_persons_title_is_no_surname() =>
        Assert.Empty(Persons("区法院办公室李主任向记者透露，案件下周开庭。"));

    [Fact]
    public void A_whole_name_Jieba_tagged_before_an_honorific_is_not_cut_to_its_last_two_characters() =>
        Assert.Equal(["Person 林宗伟 [5,8)"], Persons("会上，作者林宗伟先生介绍了这本新书。"));

    [Fact]
    public void A_department_between_an_organization_and_a_title_is_not_part_of_the_organizations_name() =>
        Assert.Equal(["Person 钱立武 [6,9)"], Mentions("蓝鲸营销总监钱立武宣布新品下月上市。"));

    [Fact]
    public void A_particle_or_conjunction_Jieba_glued_onto_a_companys_name_is_left_out()
    {
        Assert.Equal(["Organization 泽川公司 [7,11)"], Mentions("这一决定遭到了泽川公司的反对。"));
        Assert.Equal(["Organization 贝川公司 [5,9)"], Mentions("据调查，和贝川公司合作的商家都很满意。"));
    }

    [Fact]
    public void A_foreign_name_Jieba_split_into_person_pieces_is_one_name_before_a_speech_cue() =>
        Assert.Equal(["Person 莫里斯伍 [1,5)"], Persons("据莫里斯伍表示，新馆明年开放。"));

    [Fact]
    public void A_foreign_name_Jieba_split_into_person_pieces_is_one_name_after_a_nationality() =>
        Assert.Equal(["Person 奎罗纳 [3,6)"], Persons("巴西人奎罗纳的加盟让球队更强。"));

    [Fact]
    public void A_compound_of_common_words_tagged_as_a_name_is_no_person()
    {
        Assert.Empty(Persons("她上个月在银行办了一张白金卡。"));
        Assert.Empty(Persons("他向学校递交了入学申请书。"));
    }

    [Fact]
    public void A_foreign_name_opening_with_a_place_is_still_a_person() =>
        Assert.Equal(["Person 德里克 [0,3)"], Persons("德里克表示明天出发。"));

    [Fact]
    public void Listed_clubs_and_leagues_are_organizations() =>
        Assert.Equal(["Organization 阿森纳 [0,3)", "Organization 英超 [6,8)", "Organization 热刺 [10,12)"], Mentions("阿森纳上周在英超输给热刺。"));

    [Fact]
    public void A_club_named_after_its_city_needs_a_football_cue()
    {
        Assert.Equal(["Organization 罗马 [0,2)"], Mentions("罗马本赛季主场还没有输过。"));
        Assert.Empty(Mentions("罗马的春天游客很多。"));
    }

    [Fact]
    public void A_long_club_name_cut_to_three_or_four_characters_is_the_club_only_in_a_football_sentence()
    {
        Assert.Equal(["Organization 多特蒙 [5,8)", "Organization 拜仁 [12,14)"], Mentions("本轮焦点：多特蒙主场迎战拜仁。"));
        Assert.DoesNotContain(Mentions("他把多特蒙三个字写在纸上。"), m => m.StartsWith("Organization", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_sides_of_vs_are_teams() =>
        Assert.Equal(["Organization 蓝湾城 [2,5)", "Organization 白河竞技 [7,11)"], Mentions("周六蓝湾城vs白河竞技，看好主队。"));

    [Fact]
    public void A_proper_noun_before_dui_is_a_team_but_a_kind_of_squad_is_not()
    {
        Assert.Equal(["Organization 巴西队 [0,3)"], Mentions("巴西队昨晚赢了。"));
        Assert.Empty(Mentions("国家队昨晚赢了。"));
    }

    [Fact]
    public void Bank_short_forms_need_a_banking_cue()
    {
        Assert.Equal(["Organization 工行 [0,2)", "Organization 民生 [3,5)"], Mentions("工行和民生都上调了信用卡年费。"));
        Assert.Empty(Mentions("民生问题是今年的重点。"));
    }

    [Fact]
    public void A_branch_joins_the_banks_name() =>
        Assert.Equal(["Organization 招商银行杭州分行 [0,8)"], Mentions("招商银行杭州分行昨日发布了公告。"));

    [Theory]
    [InlineData("据悉，上述渤海银行将提高利率。", 5)]
    [InlineData("行业预期渤海银行将提高利率。", 4)]
    public void A_clause_glued_onto_a_known_bank_is_dropped(string text, int start) =>
        Assert.Equal([$"Organization 渤海银行 [{start},{start + 4})"], Mentions(text).Where(m => m.Contains("银行", StringComparison.Ordinal)));

    [Fact]
    public void An_institution_named_with_plain_nouns_is_an_organization() =>
        Assert.Equal(["Organization 陶瓷行业协会 [0,6)"], Mentions("陶瓷行业协会呼吁企业遵守标准。"));

    [Fact]
    public void A_reporters_byline_name_is_a_person() =>
        Assert.Equal(["Person 高山 [6,8)"], Mentions("本报讯（记者高山）昨天下了一场大雨。"));

    [Fact]
    public void A_Latin_name_before_a_company_cue_is_a_company() =>
        Assert.Equal(["Organization Zentrix [0,7)"], Mentions("Zentrix旗下的新游戏今年上市。"));

    [Fact]
    public void A_Latin_name_after_a_player_cue_is_a_person() =>
        Assert.Equal(["Person Kyrin [4,9)"], Mentions("韩国选手Kyrin赢得了冠军。"));

    [Fact]
    public void A_name_inside_a_title_is_no_person() =>
        Assert.Empty(Persons("他最近在读《赵明远传奇》这本书。"));

    [Fact]
    public void A_surname_with_a_form_of_address_is_no_person() =>
        Assert.Empty(Persons("江先生告诉记者，房子还没交付。"));

    [Fact]
    public void A_name_before_a_place_word_is_part_of_the_place() =>
        Assert.Empty(Persons("大家在卢卡广场集合。"));

    [Fact]
    public void A_person_next_to_a_team_cue_is_a_team()
    {
        Assert.Equal(["Organization 卡斯特罗 [0,4)"], Mentions("卡斯特罗主场迎战白河竞技。").Take(1));
        Assert.Equal(["Organization 卡斯特罗 [8,12)"], Mentions("白河竞技主场逼平卡斯特罗。"));
    }

    [Fact]
    public void Two_common_words_are_no_name() =>
        Assert.Empty(Persons("新版本将在今天下午正式上线。"));

    [Fact]
    public void A_regulator_is_an_organization_not_a_person() =>
        Assert.Equal(["Organization 银监会 [0,3)"], Mentions("银监会要求各家银行控制风险。"));

    [Fact]
    public void A_university_department_joins_the_universitys_name() =>
        Assert.Equal(["Organization 南湖大学法学院 [0,7)"], Mentions("南湖大学法学院今年招收了两百名学生。"));

    [Fact]
    public void A_listed_event_with_its_year_is_that_edition() =>
        Assert.Equal(["Organization WCG2012 [2,9)"], Mentions("他在WCG2012拿了第三名。"));

    [Fact]
    public void An_institution_may_join_two_fields_with_ji() =>
        Assert.Equal(["Organization 中国陶瓷及玻璃研究会 [0,10)"], Mentions("中国陶瓷及玻璃研究会发布了年度报告。"));

    [Fact]
    public void A_foreign_name_after_a_persons_title_is_a_person() =>
        Assert.Equal(["Person 马丁内斯 [2,6)"], Mentions("主帅马丁内斯希望球队尽快调整状态。"));

    [Fact]
    public void A_Latin_name_already_listed_is_a_company_without_a_cue() =>
        Assert.Equal(["Organization CAPCOM [0,6)"], Mentions("CAPCOM今年没有参展。"));

    [Fact]
    public void A_person_in_a_list_of_mostly_organizations_is_an_organization() =>
        Assert.Equal(["Organization 切尔西 [0,3)", "Organization 阿森纳 [4,7)", "Organization 卡斯特罗 [8,12)"], Mentions("切尔西、阿森纳、卡斯特罗都想签下这名后卫。"));

    [Fact]
    public void A_list_of_persons_stays_persons() =>
        Assert.Equal(["Person 李国栋 [0,3)", "Person 王志强 [4,7)", "Organization 阿森纳 [8,11)"], Mentions("李国栋、王志强和阿森纳的球员都来了。"));

    [Fact]
    public void A_conjunction_glued_to_the_next_word_is_no_person() =>
        Assert.Empty(Persons("他带着随从和灵儿一起上山。"));

    [Fact]
    public void A_names_file_with_an_unknown_context_is_refused_with_the_group_named()
    {
        var rules = Some.TempDirectory();
        File.WriteAllText(Path.Combine(rules, "names.yaml"),
            "contexts:\n  football: [vs]\nknown:\n  - group: rowing clubs\n    context: rowing\n    names: [蓝湾赛艇会]\n");
        var error = Assert.Throws<InvalidDataException>(() => new ArticleExtractor([], new ExtractorOptions { RulesDirectory = rules }));
        Assert.Equal("names.yaml: group 'rowing clubs' names an unknown context 'rowing'", error.Message);
    }

    [Fact]
    public void A_Latin_title_in_the_bracket_after_a_Chinese_title_is_no_organization() =>
        Assert.Empty(Mentions("这部名叫《远航之歌》(SongOfVoyage)的电影明年上映。"));
}
