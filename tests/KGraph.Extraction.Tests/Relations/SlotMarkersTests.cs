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
}
