using KGraph.Extraction.Text;

namespace KGraph.Extraction.Tests.Text;

public class TraditionalChineseTests
{
    [Fact]
    public void TraditionalTextFoldsToSimplifiedCharacterForCharacter()
    {
        var folder = IcuTraditionalFolder.TryCreate(out var problem);
        Assert.True(folder is not null, problem);

        Assert.Equal("张一鸣创办了字节跳动，微软与谷歌竞争。", folder.Fold("張一鳴創辦了字節跳動，微軟與谷歌競爭。"));
    }

    [Fact]
    public void FoldingKeepsIcusContextRulesAndGivesTheSameTextOnEveryThread()
    {
        var folder = IcuTraditionalFolder.TryCreate(out var problem);
        Assert.True(folder is not null, problem);
        // 著 alone is folded to 着, but ICU keeps it in 著名: the folder must not map character by character.
        Assert.Equal("著名作家看着", folder.Fold("著名作家看著"));

        var texts = Enumerable.Range(0, 400).Select(i => $"第{i}篇：張一鳴創辦了字節跳動，著名的微軟與谷歌競爭。").ToArray();
        var folded = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => folded[i] = folder.Fold(texts[i]));

        Assert.Equal(texts.Select((_, i) => $"第{i}篇：张一鸣创办了字节跳动，著名的微软与谷歌竞争。"), folded);
    }

    [Fact]
    public void TraditionalArticleGivesTheSameFactsWithSpansInTheOriginalText()
    {
        const string text = "此前,周海洋正式起訴了艾克美及其首席執行官安娜·卡列尼娜。";
        var result = Some.Extract(text);

        Assert.Equal(["周海洋 SUED acme", "周海洋 SUED 安娜-卡列尼娜", "安娜-卡列尼娜 LEADS acme"], Some.Facts(result));
        var evidence = Some.Fact(result, "周海洋", "SUED", "acme").Evidence.Single();
        Assert.Equal("周海洋正式起訴了艾克美及其首席執行官安娜·卡列尼娜。", evidence.Quote);
        Assert.Equal(evidence.Quote, text[evidence.Span.Start..evidence.Span.End]);
    }
}
