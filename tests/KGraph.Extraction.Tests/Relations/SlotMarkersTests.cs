using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Tests.Relations;

public class SlotMarkersTests
{
    [Fact]
    public void The_Chinese_founder_verb_rule_knows_which_markers_its_slots_can_capture()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.founder.verb");

        // {a:Person} and {b:Organization|Product}; without '!' untyped names (N) fit too.
        Assert.Equal(MarkedSentence.CodeMask("PN"), rule.SlotMarkers["a"]);
        Assert.Equal(MarkedSentence.CodeMask("ORN"), rule.SlotMarkers["b"]);
        Assert.Equal(2, rule.SlotMarkers.Count);
    }

    [Fact]
    public void Each_type_letter_is_one_bit()
    {
        Assert.Equal((1 << ('P' - 'A')) | (1 << ('N' - 'A')), MarkedSentence.CodeMask("PNP"));
        Assert.Equal(0, MarkedSentence.CodeMask(""));
        Assert.Equal(~0, MarkedSentence.CodeMask("P?"));
    }

    [Fact]
    public void A_text_longer_than_any_sentence_runs_on_the_interpreter_with_its_timeout_and_finds_the_same_match()
    {
        var rule = RelationRuleSet.Load("zh", null).Rules.Single(r => r.Rule.Id == "zh.sued.verb");
        const string fact = "\uE000P0\uE001起诉了\uE000O1\uE001";
        var padded = new string('字', CompiledRule.MaxUnguardedLength) + "。" + fact;

        Assert.Equal(0, rule.Matches(fact).Single().Index);
        Assert.Equal(CompiledRule.MaxUnguardedLength + 1, rule.Matches(padded).Single().Index);
        Assert.Equal(TimeSpan.FromSeconds(1), rule.Regex.MatchTimeout);
        Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, rule.Compiled!.Value.MatchTimeout);
    }

    [Fact]
    public void A_rule_finds_the_same_match_on_the_interpreter_and_after_it_is_compiled()
    {
        // The first searches of a rule run on the interpreter (compiling costs more than a short run spends), the rest compiled.
        var rule = RelationRuleSet.Load("zh", Some.TempDirectory()).Rules.Single(r => r.Rule.Id == "zh.sued.verb");
        const string fact = "去年\uE000P0\uE001起诉了\uE000O1\uE001。";

        var found = Enumerable.Range(0, CompiledRule.InterpretedSearches * 2).Select(_ => rule.Matches(fact).Single()).ToList();

        Assert.All(found, m => Assert.Equal((2, 11), (m.Index, m.Length)));
    }
}
