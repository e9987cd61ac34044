using KGraph.Extraction.Output;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// Company-record phrasings (DuIE-like): leadership titles in lists and chains, founders and founding
/// dates written around the date, registry offices, endorsements. Sentences are our own.
/// </summary>
public class ChineseCompanyRecordTests
{
    /// <summary>Relationships as "from-name TYPE to-name [rule]", sorted.</summary>
    private static string[] Named(ExtractionResult result)
    {
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        return [.. result.Relationships.Select(r => $"{names[r.From]} {r.Type} {names[r.To]} [{r.Evidence[0].Rule}]").Order(StringComparer.Ordinal)];
    }

    private static string? Founded(ExtractionResult result, string name) =>
        result.Entities.Single(e => e.Name == name).Props.TryGetValue("founded", out var value) ? value.ToString() : null;

    [Fact]
    public void Each_chairman_in_a_comma_list_leads_only_the_company_before_his_title()
    {
        var result = Some.Extract("青禾农业科技有限公司董事长张建国，江苏远山集团有限公司董事长李明华，出席了会议。");

        Assert.Equal(
        [
            "张建国 LEADS 青禾农业科技有限公司 [zh.leads.apposition]",
            "李明华 LEADS 江苏远山集团有限公司 [zh.leads.apposition]",
        ], Named(result));
    }

    [Fact]
    public void A_hedge_outside_the_title_phrase_does_not_cancel_it()
    {
        var result = Some.Extract("或许站在青禾农业科技有限公司董事长张建国的角度看，这并非本意。");

        var fact = Assert.Single(result.Relationships);
        Assert.Equal("chairman", fact.Role);
        Assert.Equal("zh.leads.apposition", fact.Evidence[0].Rule);
        Assert.Equal("或许站在青禾农业科技有限公司董事长张建国的角度看", fact.Evidence[0].Quote);
    }

    [Fact]
    public void A_negated_chairmanship_is_no_fact()
    {
        var result = Some.Extract("张建国并不是青禾农业科技有限公司的董事长。");

        Assert.Empty(result.Relationships);
    }

    [Fact]
    public void Or_is_is_not_is()
    {
        var result = Some.Extract("无论是青禾集团的张建国或是远山集团董事长的李明华，都出席了。");

        Assert.Equal(["李明华 LEADS 远山集团 [zh.leads.title-of]"], Named(result));
    }

    [Fact]
    public void A_name_between_the_company_and_the_title_leads_the_company()
    {
        var result = Some.Extract("青禾农业科技有限公司张建国董事长出席了签约仪式。");

        var fact = Assert.Single(result.Relationships);
        Assert.Equal("张建国 LEADS 青禾农业科技有限公司 [zh.leads.name-before-title]", Named(result)[0]);
        Assert.Equal("chairman", fact.Role);
    }

    [Fact]
    public void A_founder_title_of_a_foundation_between_chairman_and_name_still_leads_the_company()
    {
        var result = Some.Extract("青禾农业科技有限公司董事长、张建国公益基金会创始人张建国出席了活动。");

        Assert.Equal(
        [
            "张建国 FOUNDED 张建国公益基金会 [zh.founder.apposition]",
            "张建国 LEADS 青禾农业科技有限公司 [zh.leads.title-then-founder]",
        ], Named(result));
    }

    [Fact]
    public void A_chairmanship_after_a_relative_clause_is_found()
    {
        var result = Some.Extract("李明华在离开远山集团之后担任了为远山集团供货的青禾农业科技有限公司的董事长。");

        Assert.Contains("李明华 LEADS 青禾农业科技有限公司 [zh.leads.is-described]", Named(result));
        Assert.DoesNotContain(Named(result), f => f.StartsWith("李明华 LEADS 远山集团", StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_post_of_a_biographys_list_is_leadership()
    {
        var result = Some.Extract("李明华，男，1960年3月出生，高级经济师，现任江东省酒业协会会长，远山酒业集团有限公司董事长。");

        Assert.Equal(["李明华 LEADS 远山酒业集团有限公司 [zh.leads.biography-list]"], Named(result));
    }

    [Fact]
    public void A_company_under_its_chairmans_leadership_is_led_by_him()
    {
        var result = Some.Extract("远山食品集团在董事长张建国同志的带领下，先后实施了品牌战略。");

        Assert.Equal(["张建国 LEADS 远山食品集团 [zh.leads.under]"], Named(result));
    }

    [Fact]
    public void The_chairman_of_the_company_just_named_leads_it()
    {
        var result = Some.Extract("交易所决定对远山酒业股份有限公司及公司董事长李明华给予公开谴责。");

        Assert.Equal(["李明华 LEADS 远山酒业股份有限公司 [zh.leads.and-its]"], Named(result));
    }

    [Fact]
    public void Every_company_of_a_list_founded_on_a_date_is_dated()
    {
        var result = Some.Extract("2002年10月11日，远山航空集团有限公司、青禾航空集团有限公司正式挂牌成立。");

        Assert.Equal("2002-10-11", Founded(result, "远山航空集团有限公司"));
        Assert.Equal("2002-10-11", Founded(result, "青禾航空集团有限公司"));
    }

    [Fact]
    public void What_someone_founded_is_a_name_whatever_its_words()
    {
        var result = Some.Extract("张建国于2009年创立了远帆唱片。");

        Assert.Equal(["张建国 FOUNDED 远帆唱片 [zh.founder.verb]"], Named(result));
        Assert.Equal("2009", Founded(result, "远帆唱片"));
    }

    [Fact]
    public void Founding_a_described_company_names_no_company()
    {
        Assert.Empty(Some.Extract("张建国于2009年创办了一家公司。").Relationships);
        Assert.Empty(Some.Extract("张建国创立了自己的品牌。").Relationships);
        Assert.Empty(Some.Extract("张建国在家乡创办了学校。").Relationships);
        Assert.DoesNotContain(Some.Extract("张建国认为这与公司的创立宗旨相违背。").Entities, e => e.Type == "Organization");
    }

    [Fact]
    public void A_name_in_brackets_after_a_description_is_what_was_founded()
    {
        var result = Some.Extract("张建国创建了家族企业【远帆集团】。");

        Assert.Equal(["张建国 FOUNDED 远帆集团 [zh.founder.verb]"], Named(result));
    }

    [Fact]
    public void A_person_elected_chairman_leads_the_company()
    {
        var result = Some.Extract("张建国当选为远山酒业股份有限公司董事长。");

        Assert.Equal(["张建国 LEADS 远山酒业股份有限公司 [zh.leads.is]"], Named(result));
    }

    [Fact]
    public void A_post_held_by_a_person_is_leadership()
    {
        var result = Some.Extract("远山酒业股份有限公司董事长一职由张建国担任。");

        Assert.Equal(["张建国 LEADS 远山酒业股份有限公司 [zh.leads.held-by]"], Named(result));
    }

    [Fact]
    public void A_post_not_held_by_a_person_is_no_leadership()
    {
        Assert.Empty(Some.Extract("远山酒业股份有限公司董事长一职并非由张建国担任。").Relationships);
    }

    [Fact]
    public void A_company_said_to_be_in_a_city_is_seated_there()
    {
        var result = Some.Extract("远山酒业股份有限公司是一家位于深圳的酒类企业。");

        Assert.Equal(["远山酒业股份有限公司 HEADQUARTERED_IN 深圳 [zh.hq.located-company]"], Named(result));
    }

    [Fact]
    public void A_registered_founding_date_or_an_infobox_date_dates_the_company()
    {
        Assert.Equal("2011-03", Founded(Some.Extract("远山酒业股份有限公司注册成立于2011年3月。"), "远山酒业股份有限公司"));
        Assert.Equal("1933", Founded(Some.Extract("远山酒业股份有限公司成立时间：1933年。"), "远山酒业股份有限公司"));
    }

    [Fact]
    public void Holding_a_post_is_no_endorsement()
    {
        var result = Some.Extract("李明华担任青禾饮料公司会长。");

        Assert.DoesNotContain(result.Relationships, r => r.Type == "ENDORSES");
    }

    [Fact]
    public void Becoming_a_brands_spokesperson_is_an_endorsement()
    {
        var result = Some.Extract("李明华担任青禾饮料公司的品牌代言人。");

        Assert.Equal(["李明华 ENDORSES 青禾饮料公司 [zh.endorses.became]"], Named(result));
    }

    [Fact]
    public void A_founder_named_after_partners_and_a_place_still_founded()
    {
        var result = Some.Extract("2008年9月，李明华与张建国、王立军在苏州共同创立了青禾农业科技有限公司。");

        Assert.Contains("李明华 FOUNDED 青禾农业科技有限公司 [zh.founder.together-far]", Named(result));
        Assert.Equal("2008-09", Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void A_person_of_an_earlier_clause_did_not_found_what_others_founded_together()
    {
        var result = Some.Extract("张建国与李明华是多年好友，王立军与赵明共同创立了远山酒业股份有限公司。");

        Assert.DoesNotContain(Named(result), f => f.StartsWith("张建国 FOUNDED", StringComparison.Ordinal));
        Assert.Contains("王立军 FOUNDED 远山酒业股份有限公司 [zh.founder.together]", Named(result));
    }

    [Fact]
    public void A_year_opening_the_sentence_does_not_date_what_was_founded_later()
    {
        var result = Some.Extract("2008年，李明华加入远山集团，后来与张建国共同创立了青禾农业科技有限公司。");

        Assert.Null(Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void A_hedged_joint_founding_is_no_fact()
    {
        var result = Some.Extract("李明华或许与张建国共同创立了青禾农业科技有限公司。");

        Assert.Empty(result.Relationships);
        Assert.Null(Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void A_person_founding_a_company_in_a_year_dates_the_company()
    {
        var result = Some.Extract("李明华于1995年一手创办了青禾农业科技有限公司。");

        Assert.Equal("1995", Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void The_subject_of_a_sentence_founded_by_a_person_on_a_date()
    {
        var result = Some.Extract("远山漫画公司，国内知名的漫画公司，由李明华于1986年创办于苏州。");

        Assert.Equal(["李明华 FOUNDED 远山漫画公司 [zh.founder.subject-by]"], Named(result));
        Assert.Equal("1986", Founded(result, "远山漫画公司"));
    }

    [Fact]
    public void What_a_person_founded_on_a_date_is_the_noun_after_not_the_subject()
    {
        var result = Some.Extract("远山漫画公司宣布，由李明华于1986年创办的青禾书店将并入该公司。");

        Assert.DoesNotContain(Named(result), f => f.EndsWith("[zh.founder.subject-by]", StringComparison.Ordinal));
        Assert.Null(Founded(result, "远山漫画公司"));
    }

    [Fact]
    public void A_company_since_its_founding_is_dated()
    {
        var result = Some.Extract("青禾农业科技有限公司自2003年成立以来一直专注农业。");

        Assert.Equal("2003", Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void A_date_and_founded_at_the_end_of_a_topic_sentence_dates_its_subject()
    {
        var result = Some.Extract("青禾农业科技有限公司，地址在苏州，2014年5月14日成立。");

        Assert.Equal("2014-05-14", Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void A_company_that_founded_another_in_a_year_was_not_founded_then()
    {
        var result = Some.Extract("远山酒业股份有限公司于2014年成立了青禾酒业有限公司。");

        Assert.Null(Founded(result, "远山酒业股份有限公司"));
        Assert.Null(Founded(Some.Extract("远山酒业股份有限公司，2014年成立了一家销售公司。"), "远山酒业股份有限公司"));
    }

    [Fact]
    public void A_negated_founding_date_is_not_kept()
    {
        var result = Some.Extract("青禾农业科技有限公司并非成立于2003年。");

        Assert.Null(Founded(result, "青禾农业科技有限公司"));
    }

    [Fact]
    public void The_registry_office_is_not_the_company_that_was_founded()
    {
        var result = Some.Extract("青禾农业科技有限公司于2003年1月3日在江苏省工商行政管理局登记成立。");

        Assert.Equal("2003-01-03", Founded(result, "青禾农业科技有限公司"));
        Assert.Null(Founded(result, "江苏省工商行政管理局"));
    }

    [Fact]
    public void A_register_date_written_with_hyphens_is_a_founding_date()
    {
        var result = Some.Extract("北京《晨风》杂志社有限公司于2001-05-12在朝阳分局登记成立。");

        Assert.Equal("2001-05-12", Founded(result, "北京《晨风》杂志社有限公司"));
    }

    [Fact]
    public void A_long_registry_office_name_still_dates_the_company()
    {
        var result = Some.Extract("宁远股权投资合伙企业（有限合伙）于2012年3月6日在苏州市姑苏区市场监督管理局登记成立。");

        Assert.Equal("2012-03-06", Founded(result, "宁远股权投资合伙企业（有限合伙）"));
    }
}

public class ChineseCompanySeatAndNameTests
{
    [Fact]
    public void A_headquarters_right_after_the_founding_year_is_the_subjects_seat()
    {
        var result = Some.Extract("青禾农业科技有限公司由创始人李明华创办，于2016年成立总部位于苏州。");

        var fact = Some.Fact(result, Some.IdOf(result, "青禾农业科技有限公司"), "HEADQUARTERED_IN", Some.IdOf(result, "苏州"));
        Assert.Equal("zh.hq.topic", fact.Evidence[0].Rule);
    }

    [Fact]
    public void A_bank_that_is_already_the_largest_in_a_city_is_seated_there()
    {
        var result = Some.Extract("远山银行已是香港最大的本地银行。");

        var fact = Some.Fact(result, Some.IdOf(result, "远山银行"), "HEADQUARTERED_IN", Some.IdOf(result, "香港"));
        Assert.Equal("zh.hq.nationality", fact.Evidence[0].Rule);
    }

    [Fact]
    public void A_bank_that_is_no_longer_the_largest_there_gets_no_seat()
    {
        var result = Some.Extract("远山银行已不是香港最大的本地银行。");

        Assert.DoesNotContain(result.Relationships, r => r.Type == "HEADQUARTERED_IN");
    }

    [Fact]
    public void A_Latin_name_given_a_founding_date_is_kept_as_an_organization()
    {
        var result = Some.Extract("自1950年创立以来，ZKT设计生产了多种耳机。");

        var company = Assert.Single(result.Entities);
        Assert.Equal(("ZKT", "Organization", "1950"), (company.Name, company.Type, company.Props["founded"].ToString()));
    }
}
