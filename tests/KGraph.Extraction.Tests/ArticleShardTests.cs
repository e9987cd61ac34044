using KGraph.Tests;

namespace KGraph.Extraction.Tests;

/// <summary>Which share of a corpus an article falls in: by its path below the folder given, nothing else.</summary>
public class ArticleShardTests
{
    private static readonly string[] Corpus = ["2024/01.zh.txt", "2024/02.zh.txt", "2024/03.zh.txt", "2024/04.zh.txt", "2025/11.en.txt", "2025/12.en.txt",
        "2025/13.en.txt", "top.md", "2025/深度/报道.zh.html"];

    private static string WriteCorpus(TempFolder temp, string folder)
    {
        foreach (var file in Corpus) temp.Write($"{folder}/{file}", "周海洋正式起诉了Brightloop。\n");
        return temp[folder];
    }

    /// <summary>Each article's share key and the share of N it falls in.</summary>
    private static Dictionary<string, int> Shares(IReadOnlyList<ArticleFile> articles, int count) =>
        articles.ToDictionary(a => a.ShareKey, a => Enumerable.Range(1, count).Single(k => new ArticleShard(k, count).Takes(a)));

    [Fact]
    public void Articles_found_under_a_folder_are_keyed_by_their_path_below_it_with_slashes()
    {
        using var temp = new TempFolder();
        var corpus = WriteCorpus(temp, "in");

        var articles = ExtractionRunner.ExpandArticles([corpus]);

        Assert.Equal(["2024/01.zh.txt", "2024/02.zh.txt", "2024/03.zh.txt", "2024/04.zh.txt", "2025/11.en.txt", "2025/12.en.txt", "2025/13.en.txt",
            "2025/深度/报道.zh.html", "top.md"], articles.Select(a => a.ShareKey));
        Assert.Equal(temp["in/2024/01.zh.txt"], articles[0].Path);
    }

    [Fact]
    public void An_article_given_directly_is_keyed_by_its_file_name()
    {
        using var temp = new TempFolder();
        var article = temp.Write("somewhere/deep/a.zh.txt", "周海洋正式起诉了Brightloop。\n");

        Assert.Equal([new ArticleFile(article, "a.zh.txt")], ExtractionRunner.ExpandArticles([article]));
    }

    [Fact]
    public void The_same_corpus_under_another_absolute_folder_is_split_the_same_way()
    {
        using var temp = new TempFolder();
        var here = ExtractionRunner.ExpandArticles([WriteCorpus(temp, "in")]);
        var there = ExtractionRunner.ExpandArticles([WriteCorpus(temp, "elsewhere/on/another/machine/corpus")]);

        foreach (var count in new[] { 2, 3, 4, 7 })
            Assert.Equal(Shares(here, count), Shares(there, count));
    }

    [Fact]
    public void Adding_articles_moves_no_other_article_to_another_share()
    {
        using var temp = new TempFolder();
        var corpus = WriteCorpus(temp, "in");
        var before = Shares(ExtractionRunner.ExpandArticles([corpus]), 3);
        temp.Write("in/2024/05.zh.txt", "林晓梅加入了蓝湾银行。\n");
        temp.Write("in/2026/new.en.txt", "Ada Lindqvist joined Norda Bank.\n");

        var after = Shares(ExtractionRunner.ExpandArticles([corpus]), 3);

        Assert.Equal(before.Count + 2, after.Count);
        Assert.All(before, share => Assert.Equal(share.Value, after[share.Key]));
    }

    [Fact]
    public void The_order_of_the_inputs_changes_no_article_s_share()
    {
        using var temp = new TempFolder();
        WriteCorpus(temp, "in");
        string[] inputs = [temp["in/2025"], temp["in/top.md"], temp["in/2024"]];

        var forwards = ExtractionRunner.ExpandArticles(inputs).ToDictionary(a => a.Path, a => ArticleShard.ShareOf(a.ShareKey, 3));
        var backwards = ExtractionRunner.ExpandArticles(inputs.Reverse()).ToDictionary(a => a.Path, a => ArticleShard.ShareOf(a.ShareKey, 3));

        Assert.Equal(forwards.OrderBy(p => p.Key, StringComparer.Ordinal), backwards.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_share_is_the_sha256_of_the_key_so_every_machine_and_version_agrees()
    {
        // Computed independently: int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") % n + 1
        Assert.Equal(3, ArticleShard.ShareOf("2024/01.zh.txt", 3));
        Assert.Equal(1, ArticleShard.ShareOf("2024/02.zh.txt", 3));
        Assert.Equal(2, ArticleShard.ShareOf("2024/03.zh.txt", 3));
        Assert.Equal(4, ArticleShard.ShareOf("2024/a.zh.txt", 4));
        Assert.Equal(1, ArticleShard.ShareOf("anything", 1));
    }

    [Fact]
    public void A_name_stored_decomposed_falls_in_the_same_share_as_the_composed_one()
    {
        var composed = Enumerable.Range(0, 50).Select(i => ArticleShard.ShareOf($"café-{i}.txt", 7));
        var decomposed = Enumerable.Range(0, 50).Select(i => ArticleShard.ShareOf($"cafe\u0301-{i}.txt", 7));

        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void Every_article_falls_in_exactly_one_share()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"2024/{i}.zh.txt").ToList();

        foreach (var count in new[] { 1, 2, 3, 5, 16 })
            Assert.All(keys, key => Assert.Single(Enumerable.Range(1, count), k => new ArticleShard(k, count).Takes(new ArticleFile(key, key))));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("10/10", 10, 10)]
    public void Parse_reads_K_of_N(string text, int number, int count) =>
        Assert.Equal(new ArticleShard(number, count), ArticleShard.Parse(text));
}
