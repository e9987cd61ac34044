using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>The literal text a rule's matches must contain, which lets sentences without it skip the rule.</summary>
public class RequiredLiteralsTests
{
    private static string[][] Required(string pattern) => [.. RequiredLiterals.Of(pattern).Required.Select(r => r.ToArray())];

    /// <summary>Whether a filter holding only these requirements lets <paramref name="text"/> through.</summary>
    internal static bool Allows(RequiredLiterals required, string text)
    {
        var filter = new LiteralFilter([required]);
        var present = new ulong[filter.Words];
        filter.Find(text, present);
        return filter.MayMatch(0, present);
    }

    [Fact]
    public void Top_level_literals_and_plain_alternative_groups_are_required_but_optional_parts_and_slots_are_not()
    {
        const string pattern = "(?<a>\uE000[PN]\\d+\uE001)[^\uE000]{0,10}(?:创办|创立)了?的?新公司(?:CEO)?\\p{L}x(?<role>总裁|董事长)";

        Assert.Equal([["创办", "创立"], ["新公司"], ["x"], ["总裁", "董事长"]], Required(pattern));
    }

    [Fact]
    public void Quantifiers_that_allow_zero_make_a_literal_optional_and_others_keep_it_once()
    {
        Assert.Equal([["a"], ["b"], ["de"]], Required("a+b{2}c{0,3}d?dez*"));
    }

    [Fact]
    public void Escapes_of_one_character_are_literals_but_classes_and_references_are_not()
    {
        Assert.Equal([["一A(."], ["A"]], Required("\\u4e00\\x41\\(\\.\\p{Lu}\\k<a>\\12\\dA"));
    }

    [Fact]
    public void A_top_level_alternation_or_inline_options_require_nothing()
    {
        Assert.Empty(Required("起诉|控告"));
        Assert.Empty(Required("(?i)ceo"));
        // Options set inside a group end with it.
        Assert.Equal([["董事"], ["长"]], Required("董事(?:会(?i)x)长"));
    }

    [Fact]
    public void A_group_with_pattern_alternatives_requires_one_piece_of_each_alternative()
    {
        // Each alternative gives its best piece: the one whose shortest text is longest.
        Assert.Equal([["成立于", "注册成立", "成立", "年"], ["x"]], Required("(?:成立于|(?:注册|正式)?注册成立|成立(?:时间|日期)[：:]?|\\d{4}年)x"));
        // One alternative that requires nothing makes the whole group require nothing.
        Assert.Equal([["x"]], Required("(?:成立于|\\d+)x"));
    }

    [Fact]
    public void Scoped_options_lookarounds_and_marker_only_text_require_nothing_but_the_rest_still_counts()
    {
        Assert.Equal([["的"], ["创办"]], Required("(?<role>(?i:ceo|cto))的(?!不)(?<=a)(?<a>\uE000[PN]\\d+\uE001)创办"));
        Assert.Equal([["、\uE000"]], Required("(?:、\uE000[ON]\\d+\uE001)+"));
    }

    [Fact]
    public void A_sentence_lacking_a_required_piece_cannot_match_and_one_with_all_may()
    {
        var required = RequiredLiterals.Of("(?:创办|创立)了?新公司");

        Assert.False(Allows(required, "他创办了一家公司"));
        Assert.True(Allows(required, "他创立了新公司"));
    }

    [Fact]
    public void The_Chinese_founder_verb_rule_requires_one_of_its_verbs()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.founder.verb");

        Assert.Equal([["创办", "创立", "创建", "联合创立", "共同创立", "一手创办", "联合创办", "共同创办", "创设"]], rule.Required.Required);
    }

    [Fact]
    public void The_Chinese_founding_date_rule_requires_a_founding_word_and_a_date()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.org.founded");

        Assert.Equal(2, rule.Required.Required.Count);
        Assert.Equal(["成立于", "创立于", "创建于", "创办于", "始创于", "始建于", "建企于", "组建于", "诞生于", "始于", "建立于", "成立"], rule.Required.Required[0]);
        Assert.Equal(["年", "-"], rule.Required.Required[1]);
    }
}
