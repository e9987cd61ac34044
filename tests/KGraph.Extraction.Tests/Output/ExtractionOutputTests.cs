using System.Text;
using KGraph.Extraction.Output;
using KGraph.Store;

namespace KGraph.Extraction.Tests.Output;

public class ExtractionOutputTests
{
    private const string Article = "---\ntitle: 测试\npublished: 2024-03-18\nlang: zh\n---\n" +
        "周海洋的AI创企Zentra又正式发布了开源大模型Zeta-2。此前,周海洋正式起诉了Brightloop及其首席执行官安娜·卡列尼娜。\n";

    [Fact]
    public void IDs_come_from_names_in_any_script()
    {
        Assert.Equal("安娜-卡列尼娜", EntityIds.FromName("安娜·卡列尼娜"));
        Assert.Equal("valor-equity-partners", EntityIds.FromName("Valor Equity Partners"));
        Assert.Equal("gpt-3.5", EntityIds.FromName("GPT-3.5"));
        Assert.Equal("entity-" + KGraph.Model.RelationshipId.ShortHash("\"'`"), EntityIds.FromName("\"'`"));
    }

    [Fact]
    public void Running_twice_writes_byte_identical_files_named_after_the_article()
    {
        var dir = Some.TempDirectory();
        var article = Path.Combine(dir, "2024-03-18-test.zh.txt");
        File.WriteAllText(article, Article, Encoding.UTF8);
        var runner = new ExtractionRunner(Some.Extractor);

        var first = runner.Run([article], Path.Combine(dir, "out1")).Single();
        var second = runner.Run([article], Path.Combine(dir, "out2")).Single();

        Assert.Equal(Path.Combine(dir, "out1", "2024-03-18-test.zh.yaml"), first.OutputPath);
        Assert.Equal(File.ReadAllBytes(first.OutputPath!), File.ReadAllBytes(second.OutputPath!));
        var document = runner.Run([article], null).Single().Result!.Document;
        Assert.Equal("2024-03-18-test.zh", document.Id);
        Assert.Equal(KGraph.Text.TextNormalizer.Sha256("周海洋的AI创企Zentra又正式发布了开源大模型Zeta-2。此前,周海洋正式起诉了Brightloop及其首席执行官安娜·卡列尼娜。\n"), document.Sha256);
    }

    [Fact]
    public void A_written_article_keeps_its_counts_and_diagnostics_but_not_its_whole_result()
    {
        var dir = Some.TempDirectory();
        var article = Path.Combine(dir, "t.zh.txt");
        File.WriteAllText(article, Article, Encoding.UTF8);
        var runner = new ExtractionRunner(Some.Extractor);

        var written = runner.Run([article], Path.Combine(dir, "out")).Single();
        var kept = runner.Run([article], null).Single().Result!;

        Assert.Null(written.Result);
        Assert.Equal(5, written.RelationshipCount);
        Assert.Equal(kept.Relationships.Count, written.RelationshipCount);
        Assert.Equal(kept.Entities.Count, written.EntityCount);
        Assert.Equal(kept.Diagnostics, written.Diagnostics);
    }

    [Fact]
    public void Written_file_loads_back_with_every_relationship_and_span_intact()
    {
        var dir = Some.TempDirectory();
        var article = Path.Combine(dir, "t.zh.txt");
        File.WriteAllText(article, Article, Encoding.UTF8);

        var outcome = new ExtractionRunner(Some.Extractor).Run([article], Path.Combine(dir, "out")).Single();
        var load = GraphLoader.Load([outcome.OutputPath!], new LoadOptions { Texts = new KGraph.Extraction.Reading.ArticleTextSource() });

        Assert.Empty(load.Diagnostics);
        Assert.Equal(5, load.Graph.Relationships.Count);
        Assert.All(load.Graph.Relationships, r => Assert.Equal(KGraph.Model.RelationshipStatus.Extracted, r.Status));
    }

    [Fact]
    public void Unreadable_article_is_reported_and_the_others_still_complete()
    {
        var dir = Some.TempDirectory();
        var good = Path.Combine(dir, "good.zh.txt");
        var bad = Path.Combine(dir, "bad.txt");
        File.WriteAllText(good, "周海洋起诉了艾克美。", Encoding.UTF8);
        File.WriteAllBytes(bad, [0x00, 0x01]);

        var outcomes = new ExtractionRunner(Some.Extractor).Run(ExtractionRunner.ExpandPaths([dir]), Path.Combine(dir, "out"));

        Assert.Equal([bad, good], outcomes.Select(o => o.Path));
        Assert.Equal("binary content (NUL byte at offset 0); expected text", outcomes[0].Problem);
        Assert.True(outcomes[1].Succeeded);
        Assert.True(File.Exists(Path.Combine(dir, "out", "good.zh.yaml")));
    }
}
