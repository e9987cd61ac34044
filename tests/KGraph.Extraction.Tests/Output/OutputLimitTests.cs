using KGraph.Extraction.Reading;
using KGraph.Yaml;

namespace KGraph.Extraction.Tests.Output;

/// <summary>An article the reader accepts gives an extracted file the loader accepts, or none at all.</summary>
public class OutputLimitTests
{
    [Fact]
    public void An_extracted_file_over_the_loaders_limit_is_not_written_and_the_article_fails_saying_why()
    {
        var folder = Some.TempDirectory();
        var article = Path.Combine(folder, "a.zh.txt");
        File.WriteAllText(article, string.Concat(Enumerable.Repeat("周海洋正式起诉了Brightloop。", 40)));
        var runner = new ExtractionRunner(Some.Extractor, new ReadLimits(2048));

        var outcome = runner.Run([article], Path.Combine(folder, "out")).Single();

        Assert.Null(outcome.OutputPath);
        Assert.Matches(@"^its extracted file would be \d+ KiB, over the 2 KiB a data file may have; nothing written, split the article$", outcome.Problem);
        Assert.False(File.Exists(Path.Combine(folder, "out", "a.zh.yaml")));
    }

    [Fact]
    public void The_article_limit_leaves_room_for_an_extracted_file_five_times_its_size()
    {
        // Sample articles give files about five times their text; the largest article must still load.
        Assert.True(ArticleReader.MaxFileBytes * 6 <= ReadLimits.Default.MaxFileBytes);
    }
}
