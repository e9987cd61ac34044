using KGraph.Extraction.Reading;
using KGraph.Model;
using KGraph.Store;

namespace KGraph.Extraction.Tests.Recognition;

/// <summary>Two extractors in one process know only their own curated names (jieba's dictionary is not shared state).</summary>
public class ExtractorIsolationTests
{
    [Fact]
    public void An_extractor_built_after_another_does_not_see_the_first_ones_curated_names()
    {
        const string text = "启航之星发布了新产品，周海洋出席。";
        static string Yaml(ArticleExtractor extractor)
        {
            var result = extractor.Extract(ArticleReader.FromPlainText("a.zh.txt", text));
            return GraphFileWriter.ToYaml([result.Document], result.Entities, result.Relationships);
        }
        var before = Yaml(new ArticleExtractor([]));

        var knowing = new ArticleExtractor([new Entity { Id = "qihang-star", Type = "Organization", Name = "启航之星" }]);
        var after = Yaml(new ArticleExtractor([]));

        Assert.Equal(before, after);
        Assert.Contains("id: qihang-star", Yaml(knowing), StringComparison.Ordinal);
        Assert.DoesNotContain("启航之星", before, StringComparison.Ordinal);
    }
}
