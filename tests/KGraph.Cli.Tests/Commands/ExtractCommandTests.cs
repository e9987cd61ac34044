namespace KGraph.Cli.Tests.Commands;

public class ExtractCommandTests
{
    [Fact]
    public void ExtractWritesOneYamlFilePerArticleNamedAfterIt()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/2024-03-06-test.zh.txt", "---\ntitle: 测试\nlang: zh\n---\n周海洋正式起诉了Brightloop。\n");

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"]);

        Assert.Equal(0, exit);
        Assert.Equal("extracted 1 articles: 2 entities, 1 relationships\n", err);
        var yaml = File.ReadAllText(temp["out/2024-03-06-test.zh.yaml"]);
        Assert.Contains("rule: zh.sued.verb", yaml, StringComparison.Ordinal);
        Assert.Contains("status: extracted", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableArticleIsNamedWithItsReasonAndTheOthersAreStillWritten()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.zh.txt", "周海洋正式起诉了Brightloop。");
        File.WriteAllBytes(temp["in/bad.txt"], [0x41, 0x00]);

        var (exit, _, err) = Cli.Run("extract", temp["in"], "--out", temp["out"], "--data", temp["no-data"]);

        Assert.Equal(1, exit);
        Assert.Equal($"{temp["in/bad.txt"]}: binary content (NUL byte at offset 1); expected text\nextracted 1 articles: 2 entities, 1 relationships; 1 failed\n", err);
        Assert.True(File.Exists(temp["out/good.zh.yaml"]));
    }

    [Fact]
    public void EvalPrintsPrecisionRecallAndF1PerType()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("gold.jsonl",
            """
            {"text": "周海洋是Brightloop的创始人。", "spo_list": [{"predicate": "创始人", "subject": "Brightloop", "object": {"@value": "周海洋"}, "subject_type": "企业", "object_type": {"@value": "人物"}}]}
            {"text": "Zentra董事长吴明出席了会议。", "spo_list": [{"predicate": "董事长", "subject": "Zentra", "object": {"@value": "吴明"}, "subject_type": "企业", "object_type": {"@value": "人物"}}]}
            """);

        var (exit, output, _) = Cli.Run("eval", "--gold", gold, "--format", "duie");

        Assert.Equal(0, exit);
        Assert.Contains("FOUNDED               1.000  1.000  1.000     1     0     0\n", output, StringComparison.Ordinal);
        Assert.Contains("LEADS                 1.000  1.000  1.000     1     0     0\n", output, StringComparison.Ordinal);
        Assert.Contains("overall (micro)       1.000  1.000  1.000     2     0     0\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_or_incomplete_gold_line_is_reported_with_its_line_number()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.jsonl", "{\"text\": \"甲公司成立于2001年\", \"spo_list\": []}\n\n{\"text\": \"乙\"\n");
        var incomplete = folder.Write("incomplete.jsonl", "{\"text\": \"甲公司成立于2001年\"}\n");

        var (exit, _, stderr) = Cli.Run("eval", "--gold", broken, "--format", "duie");
        Assert.Equal(3, exit);
        Assert.StartsWith($"{broken}: line 3: ", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = Cli.Run("eval", "--gold", incomplete, "--format", "duie");
        Assert.Equal((3, $"{incomplete}: line 1: The given key was not present in the dictionary.\n"), (exit, stderr));
    }
}
