using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

public class ReviewCandidatesCommandTests
{
    private static readonly string SampleData = RepositoryFiles.PathOf("graph-data");

    [Fact]
    public void On_the_sample_data_Larry_Page_and_his_Chinese_name_are_the_top_candidate()
    {
        using var unreviewed = ReviewQueueCommandTests.CopyOfSampleData();
        var (exit, stdout, stderr) = Cli.Run("review", "candidates", "--data", unreviewed.Path, "--limit", "2");
        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith(
            "1. larry-page (Larry Page) ~ 拉里-佩奇 (拉里·佩奇), Person, score 0.70\n" +
            "     +0.55 '拉里·佩奇' reads as 'Larry Page'\n" +
            "     +0.15 both FOUNDED google\n" +
            "2. ", stdout);
        Assert.EndsWith("2 of 5 candidates; record a decision with 'kgraph review merge KEEP OTHER' or 'kgraph review distinct A B'\n", stdout);
    }

    [Fact]
    public void The_sample_datas_review_log_merged_Larry_Page_so_he_is_no_longer_a_candidate()
    {
        var (exit, stdout, stderr) = Cli.Run("review", "candidates", "--data", SampleData);
        Assert.Equal((0, ""), (exit, stderr));
        Assert.DoesNotContain("larry-page", stdout, StringComparison.Ordinal);
        Assert.EndsWith("4 of 4 candidates; record a decision with 'kgraph review merge KEEP OTHER' or 'kgraph review distinct A B'\n", stdout);
    }

    [Fact]
    public void Json_lists_every_reason_with_its_weight_and_the_total()
    {
        using var unreviewed = ReviewQueueCommandTests.CopyOfSampleData();
        var (exit, stdout, _) = Cli.Run("review", "candidates", "--data", unreviewed.Path, "--json", "--limit", "1");
        Assert.Equal(0, exit);
        var result = JsonDocument.Parse(stdout).RootElement.GetProperty("result");
        Assert.Equal(5, result.GetProperty("total").GetInt32());
        var top = Assert.Single(result.GetProperty("candidates").EnumerateArray());
        var pair = (top.GetProperty("first").GetProperty("id").GetString(), top.GetProperty("second").GetProperty("id").GetString());
        Assert.Equal(("larry-page", "拉里-佩奇", 0.7), (pair.Item1, pair.Item2, top.GetProperty("score").GetDouble()));
        Assert.Equal(
            ["'拉里·佩奇' reads as 'Larry Page' 0.55", "both FOUNDED google 0.15"],
            top.GetProperty("reasons").EnumerateArray().Select(r => $"{r.GetProperty("text").GetString()} {r.GetProperty("weight").GetDouble()}"));
    }

    [Fact]
    public void A_pair_decided_in_the_log_is_not_suggested_again_and_nothing_is_written()
    {
        using var root = new TempFolder();
        root.Write("extracted/a.yaml",
            "kgraph: 1\nentities:\n  - {id: larry-page, type: Person, name: Larry Page}\n  - {id: 拉里-佩奇, type: Person, name: 拉里·佩奇}\n");
        Assert.Equal((0, "1. larry-page (Larry Page) ~ 拉里-佩奇 (拉里·佩奇), Person, score 0.55\n     +0.55 '拉里·佩奇' reads as 'Larry Page'\n" +
            "1 of 1 candidates; record a decision with 'kgraph review merge KEEP OTHER' or 'kgraph review distinct A B'\n", ""),
            Cli.Run("review", "candidates", "--data", root.Path));
        root.Write("reviews.yaml", "kgraph: 1\nreviews:\n  - {action: distinct, entity: 拉里-佩奇, other: larry-page}\n");
        var before = root.Snapshot();
        Assert.Equal((0, "no candidates: no undecided pair of entities looks alike\n", ""), Cli.Run("review", "candidates", "--data", root.Path));
        Assert.Equal(before, root.Snapshot());
    }

    [Fact]
    public void A_limit_below_one_is_a_usage_error()
    {
        Assert.Equal((2, "", "kgraph: --limit must be at least 1 (got 0)\n"), Cli.Run("review", "candidates", "--data", SampleData, "--limit", "0"));
    }
}
