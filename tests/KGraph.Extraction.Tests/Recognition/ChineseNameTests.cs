using KGraph.Extraction.Reading;

namespace KGraph.Extraction.Tests.Recognition;

/// <summary>Names jieba does not know, found by surname and loose characters or by transliteration characters, with and without jieba's HMM.</summary>
public class ChineseNameTests
{
    private static readonly Lazy<ArticleExtractor> WithoutHmm = new(() => new ArticleExtractor([], new ExtractorOptions { UseHmm = false }));

    private static string[] Persons(string text, bool hmm)
    {
        var extractor = hmm ? Some.Extractor : WithoutHmm.Value;
        var result = extractor.Extract(ArticleReader.FromPlainText("articles/test.zh.txt", text));
        return [.. result.Entities.Where(e => e.Type == "Person").Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_surname_and_two_loose_characters_after_a_title_are_one_person(bool hmm) =>
        Assert.Equal(["邝振宇"], Persons("财务总监邝振宇表示，新工厂将于明年投产。", hmm));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Transliteration_characters_on_both_sides_of_a_dot_are_one_person(bool hmm) =>
        Assert.Equal(["埃德·蒙塔尔班"], Persons("球队昨天签下了埃德·蒙塔尔班。", hmm));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_hyphen_joins_two_longer_transliterated_parts(bool hmm) =>
        Assert.Equal(["博伊德-哈罗威"], Persons("主裁判博伊德-哈罗威判罚了点球。", hmm));

    [Fact]
    public void A_dotted_name_cut_by_the_sentence_length_cap_is_read_within_the_later_sentence_only()
    {
        // 598 characters without punctuation, then a name: the 600-character cap cuts it after 安东.
        var text = new string('好', 598) + "安东尼奥·格雷表示";
        Assert.Equal(["尼奥·格雷"], Persons(text, hmm: false));
    }

    [Fact]
    public void A_score_with_a_hyphen_is_no_name() =>
        Assert.Empty(Persons("两队最终战成2-1，主队晋级。", hmm: false));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pieces_of_a_longer_transliteration_are_no_persons(bool hmm) =>
        Assert.Empty(Persons("上周六主队在客场以0：3输给了瓦拉多利德和梅塔利斯特。", hmm));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_whole_transliterated_name_stays_a_person(bool hmm) =>
        Assert.Equal(["安娜·卡列尼娜"], Persons("安娜·卡列尼娜随后离开了会场。", hmm));
}
