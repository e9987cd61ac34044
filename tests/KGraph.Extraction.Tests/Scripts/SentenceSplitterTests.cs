using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Tests.Scripts;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Quotation_stays_whole_and_doubled_punctuation_is_one_boundary()
    {
        Assert.Equal(["他还表示:“明年将登陆火星。真的！”", "真的吗？？", "是的……"], Split("他还表示:“明年将登陆火星。真的！”真的吗？？是的……"));
    }

    [Fact]
    public void English_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(["Mr. Reed joined Acme Corp. in 2020.", "He left."], Split("Mr. Reed joined Acme Corp. in 2020. He left."));
    }

    [Fact]
    public void A_full_stop_before_a_lower_case_word_does_not_end_a_sentence_but_one_before_eBay_does()
    {
        Assert.Equal(["Harlow Media L.P. is a media company.", "It grew."], Split("Harlow Media L.P. is a media company. It grew."));
        Assert.Equal(["Sales rose.", "eBay said so."], Split("Sales rose. eBay said so."));
    }

    [Fact]
    public void Each_sentence_knows_its_language()
    {
        Assert.Equal(["zh", "en"], SentenceSplitter.Split("周海洋加入了Brightloop。Tom Reed left Acme.").Select(s => s.Lang));
    }

    [Fact]
    public void Run_without_punctuation_is_cut_into_bounded_pieces()
    {
        var sentences = SentenceSplitter.Split(new string('字', 100_000));

        Assert.Equal(167, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.Length <= SentenceSplitter.MaxLength));
        Assert.Equal(100_000, sentences.Sum(s => s.Length));
    }

    [Fact]
    public void A_run_without_punctuation_is_cut_after_a_space_so_no_name_is_cut_in_two()
    {
        var text = string.Concat(Enumerable.Repeat("Acme hired Ana Ruiz from Norda Bank ", 1000)).TrimEnd();

        var sentences = SentenceSplitter.Split(text);

        Assert.All(sentences.SkipLast(1), s => Assert.InRange(s.Length, SentenceSplitter.MaxLength * 3 / 4, SentenceSplitter.MaxLength));
        Assert.All(sentences.Skip(1), s => Assert.Equal(' ', text[s.Start - 1]));
        Assert.Equal(text.Length - (sentences.Count - 1), sentences.Sum(s => s.Length));
    }
}
