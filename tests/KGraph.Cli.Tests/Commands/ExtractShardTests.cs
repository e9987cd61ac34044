using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

/// <summary><c>kgraph extract --shard K/N</c>: N jobs split a corpus, and their outputs together are one whole run's.</summary>
public class ExtractShardTests
{
    /// <summary>Twenty one-line articles of our own, one relationship each, in two year folders.</summary>
    private static readonly string[] Lines =
    [
        "周海洋正式起诉了Brightloop。", "林晓梅加入了蓝湾银行。", "宋启航起诉了北辰动力。", "周明远加入了蓝湾银行。", "陈雨桐正式起诉了Zentra。",
        "王志强加入了北辰动力。", "李静怡起诉了蓝湾银行。", "赵文博正式起诉了Brightloop。", "孙佳慧加入了蓝湾银行。", "刘思远加入了Zentra。",
        "Ada Lindqvist joined Norda Bank.", "Tom Reyes sued Keller Foods.", "Keller Foods hired Maria Santos.", "Lena Fischer joined Norda Bank.",
            "Omar Haddad sued Norda Bank.",
        "Priya Raman sued Keller Foods.", "Jonas Berg joined Norda Bank.", "Norda Bank hired Chen Wei.", "Sofia Marino joined Keller Foods.",
            "Daniel Okafor sued Keller Foods.",
    ];

    private static string WriteCorpus(TempFolder temp)
    {
        for (var i = 0; i < Lines.Length; i++)
            temp.Write(i < 10 ? $"in/2024/{i + 1:00}.zh.txt" : $"in/2025/{i + 1:00}.en.txt", Lines[i] + "\n");
        return temp["in"];
    }

    [Fact]
    public void Three_shards_are_disjoint_cover_the_corpus_and_write_the_whole_run_s_bytes()
    {
        using var temp = new TempFolder();
        var corpus = WriteCorpus(temp);

        var whole = Cli.Run("extract", corpus, "--out", temp["whole"], "--data", temp["no-data"]);
        var shards = Enumerable.Range(1,
            3).Select(k => Cli.Run("extract", corpus, "--out", temp[$"shard-{k}"], "--data", temp["no-data"], "--shard", $"{k}/3")).ToList();

        Assert.Equal((0, "extracted 20 articles: 40 entities, 20 relationships\n"), (whole.Exit, whole.Err));
        Assert.Equal(
            [
                (0, "shard 1/3: 7 of 20 articles; extracted 7 articles: 14 entities, 7 relationships\n"),
                (0, "shard 2/3: 5 of 20 articles; extracted 5 articles: 10 entities, 5 relationships\n"),
                (0, "shard 3/3: 8 of 20 articles; extracted 8 articles: 16 entities, 8 relationships\n"),
            ],
            shards.Select(s => (s.Exit, s.Err)));
        var wholeFiles = FilesIn(temp["whole"]);
        var shardFiles = Enumerable.Range(1, 3).Select(k => FilesIn(temp[$"shard-{k}"])).ToList();
        Assert.Equal(20, wholeFiles.Count);
        Assert.Equal(20, shardFiles.Sum(files => files.Count));
        Assert.Equal(wholeFiles.Keys.Order(StringComparer.Ordinal), shardFiles.SelectMany(files => files.Keys).Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in shardFiles.SelectMany(files => files))
            Assert.Equal(wholeFiles[name], bytes);
    }

    [Fact]
    public void Two_articles_with_one_output_name_in_different_shards_are_written_once_as_in_a_whole_run()
    {
        using var temp = new TempFolder();
        // "2024/same.zh.txt" falls in share 1 of 3, "2025/same.zh.txt" in share 3: no one shard sees both.
        var first = temp.Write("in/2024/same.zh.txt", "周海洋正式起诉了Brightloop。\n");
        var second = temp.Write("in/2025/same.zh.txt", "Ada Lindqvist joined Norda Bank.\n");

        var whole = Cli.Run("extract", temp["in"], "--out", temp["whole"], "--data", temp["no-data"]);
        var one = Cli.Run("extract", temp["in"], "--out", temp["shard-1"], "--data", temp["no-data"], "--shard", "1/3");
        var three = Cli.Run("extract", temp["in"], "--out", temp["shard-3"], "--data", temp["no-data"], "--shard", "3/3");

        Assert.Equal((1, $"{second}: output {temp["whole/same.zh.yaml"]} belongs to {first}, given before it; " +
            $"rename one of the articles\nextracted 1 articles: 2 entities, 1 relationships; 1 failed\n"), (whole.Exit, whole.Err));
        Assert.Equal((0, "shard 1/3: 1 of 2 articles; extracted 1 articles: 2 entities, 1 relationships\n"), (one.Exit, one.Err));
        Assert.Equal((1, $"{second}: output {temp["shard-3/same.zh.yaml"]} belongs to {first}, given before it; " +
            $"rename one of the articles\nshard 3/3: 1 of 2 articles; extracted 0 articles: 0 entities, 0 relationships; 1 failed\n"), (three.Exit, three.Err));
        Assert.Equal(File.ReadAllBytes(temp["whole/same.zh.yaml"]), File.ReadAllBytes(temp["shard-1/same.zh.yaml"]));
        Assert.False(File.Exists(temp["shard-3/same.zh.yaml"]));
    }

    [Theory]
    [InlineData("0/4", "--shard 0/4: K must be between 1 and 4 (shares are numbered from 1)")]
    [InlineData("5/4", "--shard 5/4: K must be between 1 and 4 (shares are numbered from 1)")]
    [InlineData("1/0", "--shard 1/0: N, the number of shares, must be at least 1")]
    [InlineData("a/b", "--shard must be K/N, e.g. 2/4 for the second of four shares (got 'a/b')")]
    [InlineData("2", "--shard must be K/N, e.g. 2/4 for the second of four shares (got '2')")]
    [InlineData("1/2/3", "--shard must be K/N, e.g. 2/4 for the second of four shares (got '1/2/3')")]
    [InlineData("-1/4", "--shard must be K/N, e.g. 2/4 for the second of four shares (got '-1/4')")]
    public void A_shard_that_is_not_K_of_N_is_a_usage_error_and_nothing_is_written(string shard, string message)
    {
        using var temp = new TempFolder();
        var corpus = WriteCorpus(temp);

        var (exit, output, err) = Cli.Run("extract", corpus, "--out", temp["out"], "--data", temp["no-data"], "--shard", shard);

        Assert.Equal((2, "", $"kgraph: {message}\n"), (exit, output, err));
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Json_output_names_the_shard_and_how_many_of_all_the_articles_it_took()
    {
        using var temp = new TempFolder();
        var corpus = WriteCorpus(temp);

        var sharded = Cli.Run("extract", corpus, "--out", temp["shard"], "--data", temp["no-data"], "--shard", "2/3", "--json");
        var whole = Cli.Run("extract", corpus, "--out", temp["whole"], "--data", temp["no-data"], "--json");

        Assert.Equal(0, sharded.Exit);
        var result = JsonDocument.Parse(sharded.Out).RootElement.GetProperty("result");
        Assert.Equal(5, result.GetProperty("articles").GetInt32());
        Assert.Equal("""{"number":2,"count":3,"articles":5,"totalArticles":20}""", JsonSerializer.Serialize(result.GetProperty("shard")));
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(whole.Out).RootElement.GetProperty("result").GetProperty("shard").ValueKind);
    }

    private static Dictionary<string, byte[]> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
}
