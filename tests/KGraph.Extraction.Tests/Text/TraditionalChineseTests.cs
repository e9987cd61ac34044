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
