using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Tests.Scripts;

public class TraditionalChineseTests
{
    [Fact]
    public void Traditional_text_folds_to_simplified_character_for_character()
    {
        var folder = IcuTraditionalFolder.TryCreate(out var problem);
        Assert.True(folder is not null, problem);

        Assert.Equal("张一鸣创办了字节跳动，微软与谷歌竞争。", folder.Fold("張一鳴創辦了字節跳動，微軟與谷歌競爭。"));
    }

    [Fact]
    public void Folding_keeps_ICUs_context_rules_and_gives_the_same_text_on_every_thread()
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
    public void Folding_only_where_ICU_can_change_something_gives_what_ICU_gives_for_the_whole_text()
    {
        var folder = IcuTraditionalFolder.TryCreate(out var problem);
        Assert.True(folder is not null, problem);
        var random = new Random(3);
        // Every character but lone surrogates, shuffled: single-character answers must not depend on neighbours.
        var everything = Enumerable.Range(1, char.MaxValue).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).OrderBy(_ => random.Next()).ToArray();
        var texts = everything.Chunk(400).Select(c => new string(c)).ToList();
        // Every ICU phrase inside simplified and traditional text, and pairs outside the BMP.
        using var stream = typeof(IcuTraditionalFolder).Assembly.GetManifestResourceStream("KGraph.Extraction.Scripts.icu-traditional-phrases.txt")!;
        var phrases = new StreamReader(stream).ReadToEnd().Split('\n').Where(l => l.Length > 1 && l[0] != '#').ToList();
        Assert.Equal(976, phrases.Count);
        texts.AddRange(phrases.Select((p, i) => i % 2 == 0 ? $"他说{p}很重要，「{p}」。" : $"據報導{p}與著名的乾隆𠀀😀有關"));
        texts.Add("省政府巡察组进驻，他祇好看着著作，像片里的山嶽。");

        Assert.All(texts, text => Assert.Equal(folder.FoldWhole(text), folder.Fold(text)));
        Assert.Equal("省政府巡查组进驻，他只好看着著作，相片里的山岳。", folder.Fold("省政府巡察组进驻，他祇好看着著作，像片里的山嶽。"));
    }

    [Fact]
    public void Traditional_article_gives_the_same_facts_with_spans_in_the_original_text()
    {
        const string text = "此前,周海洋正式起訴了艾克美及其首席執行官安娜·卡列尼娜。";
        var result = Some.Extract(text);

        Assert.Equal(["周海洋 SUED acme", "周海洋 SUED 安娜-卡列尼娜", "安娜-卡列尼娜 LEADS acme"], Some.Facts(result));
        var evidence = Some.Fact(result, "周海洋", "SUED", "acme").Evidence.Single();
        Assert.Equal("周海洋正式起訴了艾克美及其首席執行官安娜·卡列尼娜。", evidence.Quote);
        Assert.Equal(evidence.Quote, text[evidence.Span.Start..evidence.Span.End]);
    }
}
