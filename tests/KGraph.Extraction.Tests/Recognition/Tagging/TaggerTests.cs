using System.Text;
using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Tests.Recognition.Tagging;

/// <summary>Our tagger's own contract: user words, document offsets, and long unpunctuated text.</summary>
public class TaggerTests
{
    private static readonly HashSet<char> Plain = new("的了和在是");
    private static readonly Lazy<JiebaTagger> Fresh = new(() =>
        new JiebaTagger(JiebaTagger.DefaultDirectory).WithWords([("深度求索", "nt"), ("Valor Equity", "nt"), ("鑫", "nr"), ("北京", "nt"), ("北京", "ns")]));

    private static string[] Words(string text) => [.. Fresh.Value.Tag(text, 0, hmm: true, Plain).Select(t => $"{t.Word}/{t.Tag}")];

    [Fact]
    public void A_user_word_is_one_token_with_its_tag_and_Jiebas_user_frequency()
    {
        Assert.Equal(["深度求索/nt", "发布/v", "了/ul", "新/a", "模型/n"], Words("深度求索发布了新模型"));
        Assert.Equal(2000, Fresh.Value.FrequencyOf("深度求索"));
    }

    [Fact]
    public void Words_with_spaces_or_one_character_are_not_added_and_the_first_tag_of_a_word_stays()
    {
        Assert.Equal(0, Fresh.Value.FrequencyOf("Valor Equity"));
        Assert.Equal(Fresh.Value.FrequencyOf("鑫"), new JiebaTagger(JiebaTagger.DefaultDirectory).FrequencyOf("鑫"));
        Assert.Equal(["北京/nt"], Words("北京"));
    }

    [Fact]
    public void Words_added_to_a_copy_leave_the_shared_dictionary_as_jieba_ships_it()
    {
        var withName = JiebaTagger.Base.WithWords([("启航之星", "nt")]);

        Assert.Equal(2000, withName.FrequencyOf("启航之星"));
        Assert.Equal(0, JiebaTagger.Base.FrequencyOf("启航之星"));
        Assert.Same(JiebaTagger.Base, JiebaTagger.Base.WithWords([("启", "nr"), ("Valor Equity", "nt")]));
    }

    [Fact]
    public void Offsets_count_UTF16_units_through_surrogate_pairs_and_traditional_characters()
    {
        const string text = "😀張一鳴在𠀀北京說：好。";
        var tokens = Fresh.Value.Tag(text, 100, hmm: true, Plain);

        Assert.Equal(100, tokens[0].Start);
        Assert.Equal(100 + text.Length, tokens[^1].End);
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(text.Substring(tokens[i].Start - 100, tokens[i].End - tokens[i].Start), tokens[i].Word);
            if (i > 0) Assert.Equal(tokens[i - 1].End, tokens[i].Start);
        }
        Assert.Contains(tokens, t => t is { Word: "北京", Start: 108, End: 110, Tag: "nt" });
        Assert.Equal(["\uD83D/x", "\uDE00/x"], tokens.Take(2).Select(t => $"{t.Word}/{t.Tag}"));
    }

    [Fact]
    public void A_hundred_thousand_characters_without_punctuation_are_cut_into_contiguous_tokens_covering_them_all()
    {
        // Unknown names and function words without a break: one block for the route and long runs for the HMM.
        var text = new StringBuilder();
        while (text.Length < 100_000) text.Append("邝振宇和蒙塔尔班在龘靐村见面然后张伟说");
        var run = text.ToString(0, 100_000);

        var tokens = Fresh.Value.Tag(run, 0, hmm: true, Plain);

        Assert.Equal(0, tokens[0].Start);
        Assert.Equal(100_000, tokens[^1].End);
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(run, string.Concat(tokens.Select(t => t.Word)));
        Assert.InRange(tokens.Count, 100_000 / 4, 100_000);
    }

    [Fact]
    public void A_lone_Han_run_between_dictionary_words_is_cut_with_the_HMM_only_when_it_holds_a_character_outside_the_plain_ones()
    {
        // 邝振宇 is three lone characters between 财务总监 and 表示: the HMM joins them; 的了和 are all plain and stay single.
        Assert.Equal(["财务总监/n", "邝振宇/nr", "表示/v"], Words("财务总监邝振宇表示"));
        Assert.Equal(["公司/n", "的/uj", "了/ul", "和/c", "工厂/n"], Words("公司的了和工厂"));
    }

    [Fact]
    public void Every_run_the_HMM_reads_is_cut_exactly_as_Jieba_cuts_that_run_alone()
    {
        // The contract of Tag with the HMM, spelled out the slow way: the cut without the HMM, in which
        // each run of two or more lone Han tokens holding a character outside the plain ones is replaced
        // by jieba's own HMM cut of just that run's text. (The route of the run alone, not the route of
        // the whole sentence: a faster one-pass tagger must keep this.)
        var tagger = Fresh.Value;
        var articles = Directory.GetFiles(RepositoryFiles.PathOf("graph-data", "articles"));
        var runsCut = 0;
        foreach (var text in articles.Select(File.ReadAllText))
        {
            var plain = tagger.Tag(text, 7, hmm: false, Plain);
            var expected = new List<Token>();
            for (var i = 0; i < plain.Count; i++)
            {
                var end = i;
                while (end < plain.Count && plain[end].Word.Length == 1 && KGraph.Extraction.Scripts.Script.IsHan(plain[end].Word[0])) end++;
                var from = plain[i].Start - 7;
                var to = plain[Math.Max(i, end - 1)].End - 7;
                if (end - i >= 2 && text[from..to].Any(c => !Plain.Contains(c)))
                {
                    expected.AddRange(tagger.Cut(text[from..to], hmm: true).Select(t => t with { Start = t.Start + from + 7, End = t.End + from + 7 }));
                    runsCut++;
                    i = end - 1;
                }
                else expected.Add(plain[i]);
            }

            Assert.Equal(expected, tagger.Tag(text, 7, hmm: true, Plain));
        }
        Assert.InRange(runsCut, 20, int.MaxValue); // 28 in our articles today: the comparison is not vacuous
    }
}
