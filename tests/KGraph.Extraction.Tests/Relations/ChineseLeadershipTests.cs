namespace KGraph.Extraction.Tests.Relations;

/// <summary>Leaders named after chains of titles, in biographies, and as "the chairman of" (…董事长的X).</summary>
public class ChineseLeadershipTests
{
    [Theory]
    [InlineData("岳州晨曦重工集团董事长、党委书记邝振宇出席了签约仪式。", "zh.leads.title-chain-after", "chairman")]
    [InlineData("岳州晨曦重工集团副总裁、首席执行官邝振宇出席了签约仪式。", "zh.leads.title-chain-before", "CEO")]
    [InlineData("邝振宇，男，1970年生，高级工程师，现任岳州晨曦重工集团董事长。", "zh.leads.biography", "chairman")]
    [InlineData("岳州晨曦重工集团董事长的邝振宇出席了会议。", "zh.leads.title-of", "chairman")]
    public void The_leader_is_found_with_the_rule_and_role(string sentence, string rule, string role)
    {
        var result = Some.Extract(sentence);

        var fact = Some.Fact(result, Some.IdOf(result, "邝振宇"), "LEADS", Some.IdOf(result, "岳州晨曦重工集团"));
        Assert.Equal([rule], fact.Evidence.Select(e => e.Rule));
        Assert.Equal(role, fact.Role);
        Assert.Equal(sentence, fact.Evidence[0].Quote);
    }

    [Fact]
    public void A_title_word_inside_the_organisation_is_not_part_of_its_name()
    {
        var result = Some.Extract("邝振宇，男，现任岳州晨曦重工集团董事长。");

        Assert.Contains(result.Entities, e => e.Name == "岳州晨曦重工集团");
        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("现任", StringComparison.Ordinal));
    }

    [Fact]
    public void A_denied_chairmanship_is_no_fact()
    {
        var result = Some.Extract("岳州晨曦重工集团否认董事长、党委书记邝振宇已经辞职。");

        Assert.DoesNotContain(result.Relationships, r => r.Type == "LEADS");
    }
}
