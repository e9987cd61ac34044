using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>The literal text a rule's matches must contain, which lets sentences without it skip the rule.</summary>
public class RequiredLiteralsTests
{
    private static string[][] Required(string pattern) => [.. RequiredLiterals.Of(pattern).Required.Select(r => r.ToArray())];

    [Fact]
    public void TopLevelLiteralsAndPlainAlternativeGroupsAreRequiredButOptionalPartsAndSlotsAreNot()
    {
        const string pattern = "(?<a>\uE000[PN]\\d+\uE001)[^\uE000]{0,10}(?:创办|创立)了?的?新公司(?:CEO)?\\p{L}x(?<role>总裁|董事长)";

        Assert.Equal([["创办", "创立"], ["新公司"], ["x"], ["总裁", "董事长"]], Required(pattern));
    }

    [Fact]
    public void QuantifiersThatAllowZeroMakeALiteralOptionalAndOthersKeepItOnce()
    {
        Assert.Equal([["a"], ["b"], ["de"]], Required("a+b{2}c{0,3}d?dez*"));
    }

    [Fact]
    public void EscapesWithBodiesAreNotReadAsLiterals()
    {
        Assert.Equal([["A"]], Required("\\u4e00\\x41\\p{Lu}\\k<a>\\12A"));
    }

    [Fact]
    public void ATopLevelAlternationOrInlineOptionsRequireNothing()
    {
        Assert.Empty(Required("起诉|控告"));
        Assert.Empty(Required("(?i)ceo"));
    }

    [Fact]
    public void ASentenceLackingARequiredPieceCannotMatchAndOneWithAllMay()
    {
        var required = RequiredLiterals.Of("(?:创办|创立)了?新公司");

        Assert.False(required.MayMatch("他创办了一家公司"));
        Assert.True(required.MayMatch("他创立了新公司"));
    }

    [Fact]
    public void TheChineseFounderVerbRuleRequiresOneOfItsVerbs()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.founder.verb");

        Assert.Equal([["创办", "创立", "创建", "联合创立", "共同创立", "一手创办", "联合创办", "共同创办", "创设"]], rule.Required.Required);
    }
}
