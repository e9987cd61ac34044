using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Tests.Relations;

public class SlotMarkersTests
{
    [Fact]
    public void TheChineseFounderVerbRuleKnowsWhichMarkersItsSlotsCanCapture()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.founder.verb");

        // {a:Person|Organization} and {b:Organization|Product}; without '!' untyped names (N) fit too.
        Assert.Equal(MarkedSentence.CodeMask("PON"), rule.SlotMarkers["a"]);
        Assert.Equal(MarkedSentence.CodeMask("ORN"), rule.SlotMarkers["b"]);
        Assert.Equal(2, rule.SlotMarkers.Count);
    }

    [Fact]
    public void EachTypeLetterIsOneBit()
    {
        Assert.Equal((1 << ('P' - 'A')) | (1 << ('N' - 'A')), MarkedSentence.CodeMask("PNP"));
        Assert.Equal(0, MarkedSentence.CodeMask(""));
        Assert.Equal(~0, MarkedSentence.CodeMask("P?"));
    }

    [Fact]
    public void ATextLongerThanAnySentenceRunsOnTheInterpreterWithItsTimeoutAndFindsTheSameMatch()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.sued.verb");
        const string fact = "\uE000P0\uE001起诉了\uE000O1\uE001";
        var padded = new string('字', CompiledRule.MaxUnguardedLength) + "。" + fact;

        Assert.Equal(0, rule.Matches(fact).Single().Index);
        Assert.Equal(CompiledRule.MaxUnguardedLength + 1, rule.Matches(padded).Single().Index);
        Assert.Equal(TimeSpan.FromSeconds(1), rule.Regex.MatchTimeout);
        Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, rule.Compiled!.Value.MatchTimeout);
    }
}
