using KGraph.Extraction.Reading;
using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>All rules' required literals found in one pass over a sentence, and asked per rule.</summary>
public class LiteralFilterTests
{
    [Fact]
    public void A_rule_may_match_only_when_each_of_its_requirements_has_a_literal_in_the_sentence()
    {
        var filter = new LiteralFilter([RequiredLiterals.Of("(?:创办|创立)了新公司"), RequiredLiterals.Of("起诉"), RequiredLiterals.Of("\\d+")]);
        Span<ulong> present = stackalloc ulong[filter.Words];

        filter.Find("他创立了新公司，随后离开", present);

        Assert.Equal(1, filter.Words);
        Assert.True(filter.MayMatch(0, present));
        Assert.False(filter.MayMatch(1, present));
        Assert.True(filter.MayMatch(2, present));
        filter.Find("他创办了一家新公司", present);
        Assert.False(filter.MayMatch(0, present));
    }

    [Fact]
    public void Literals_sharing_a_first_character_and_more_than_sixty_four_literals_are_all_found()
    {
        var rules = Enumerable.Range(0, 100).Select(i => RequiredLiterals.Of($"成立{i}号")).ToList();
        var filter = new LiteralFilter(rules);
        var present = new ulong[filter.Words];

        filter.Find("成立7号与成立93号", present);

        Assert.Equal(2, filter.Words);
        Assert.Equal([7, 93], Enumerable.Range(0, 100).Where(i => filter.MayMatch(i, present)));
    }

    [Fact]
    public void No_rule_of_either_language_is_skipped_on_a_sample_sentence_it_matches()
    {
        var matched = 0;
        var sets = new Dictionary<string, RelationRuleSet> { ["zh"] = RelationRuleSet.Load("zh", null), ["en"] = RelationRuleSet.Load("en", null) };
        foreach (var path in Directory.GetFiles(RepositoryFiles.PathOf("graph-data", "articles")).Order(StringComparer.Ordinal))
        {
            foreach (var (lang, sentence) in Some.Extractor.MarkedSentences(ArticleReader.Read(path)))
            {
                var rules = sets[lang];
                var present = new ulong[rules.Literals.Words];
                rules.Literals.Find(sentence.Text, present);
                for (var r = 0; r < rules.Rules.Count; r++)
                {
                    if (!rules.Rules[r].Regex.IsMatch(sentence.Text)) continue;
                    matched++;
                    Assert.True(rules.Literals.MayMatch(r, present), $"{rules.Rules[r].Rule.Id} matches but is filtered out: {sentence.Text}");
                }
            }
        }
        // Rule, sentence pairs that match in the four sample articles: the check above ran on each.
        Assert.Equal(76, matched);
    }
}
