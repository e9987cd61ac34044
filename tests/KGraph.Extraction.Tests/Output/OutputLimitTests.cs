using KGraph.Extraction.Reading;
using KGraph.Yaml;

namespace KGraph.Extraction.Tests.Output;

/// <summary>An article the reader accepts gives an extracted file the loader accepts, or none at all.</summary>
public class OutputLimitTests
{
    [Fact]
    public void An_extracted_file_over_the_loaders_limit_even_with_one_mention_and_quote_each_is_not_written_and_the_article_fails_saying_why()
    {
        var folder = Some.TempDirectory();
        var article = Path.Combine(folder, "a.zh.txt");
        // Twenty different plaintiffs: twenty facts and people, too many for 2 KiB even with one mention and quote each.
        File.WriteAllText(article, string.Concat("周李王张刘陈杨赵黄吴徐孙胡朱高林何郭马罗".Select(surname => $"{surname}海洋正式起诉了Brightloop。")));
        var runner = new ExtractionRunner(Some.Extractor, new ReadLimits(2048));

        var outcome = runner.Run([article], Path.Combine(folder, "out")).Single();

        Assert.Null(outcome.OutputPath);
        Assert.Matches(@"^its extracted file would be \d+ KiB, over the 2 KiB a data file may have; nothing written, split the article$", outcome.Problem);
        Assert.False(File.Exists(Path.Combine(folder, "out", "a.zh.yaml")));
    }

    [Fact]
    public void A_file_just_over_the_limit_keeps_the_first_ten_mentions_and_quotes_and_says_what_it_left_out()
    {
        var folder = Some.TempDirectory();
        var article = Path.Combine(folder, "a.zh.txt");
        File.WriteAllText(article, string.Concat(Enumerable.Repeat("周海洋正式起诉了Brightloop。", 40)));
        var full = new ExtractionRunner(Some.Extractor).Run([article], Path.Combine(folder, "full")).Single();
        var fullSize = (int)new FileInfo(full.OutputPath!).Length;

        var outcome = new ExtractionRunner(Some.Extractor, new ReadLimits(fullSize - 1)).Run([article], Path.Combine(folder, "out")).Single();

        Assert.Null(outcome.Problem);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal($"{article}:1:1: warning: the extracted file keeps the first 10 mentions of each entity and quotes of each fact " +
            $"(60 mentions and 30 quotes left out) to stay under the {(fullSize - 1) / 1024} KiB a data file may have", warning.ToString());
        var written = File.ReadAllText(outcome.OutputPath!);
        Assert.True(written.Length < fullSize);
        Assert.Equal(10, written.Split("quote: ").Length - 1);
    }

    [Fact]
    public void The_article_limit_leaves_room_for_an_extracted_file_five_times_its_size()
    {
        // Sample articles give files about five times their text; the largest article must still load.
        Assert.True(ArticleReader.MaxFileBytes * 6 <= ReadLimits.Default.MaxFileBytes);
    }
}
