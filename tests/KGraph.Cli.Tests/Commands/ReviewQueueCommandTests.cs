using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

public class ReviewQueueCommandTests
{
    private static readonly string SampleData = RepositoryFiles.PathOf("graph-data");

    internal const string Advice = "record 'kgraph review accept REL-ID' or 'kgraph review reject REL-ID', or run 'kgraph review' at a terminal\n";

    private const string First =
        "1. elon-musk.founded.openai, priority 0.42 (uncertainty 0.08, support 0.50, centrality 1.00)\n" +
        "   elon-musk FOUNDED openai, confidence 0.92\n" +
        "     “马斯克是OpenAI的联合创始人之一。” — 2024-03-06-musk-sues-openai.zh [109, 128)\n" +
        "     “他与奥特曼等人共同创办了这家非营利研究机构” — 2024-03-06-musk-sues-openai.zh [137, 158)\n";

    [Fact]
    public void The_sample_queue_starts_with_the_fact_quoted_twice_about_the_most_connected_company()
    {
        using var unreviewed = CopyOfSampleData();
        var (exit, stdout, stderr) = Cli.Run("review", "queue", "--data", unreviewed.Path, "--limit", "1");
        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(First + "1 of 13 facts waiting; " + Advice, stdout);
    }

    [Fact]
    public void Accepted_and_rejected_facts_leave_the_queue()
    {
        using var root = CopyOfSampleData();
        File.WriteAllText(root["reviews.yaml"],
            "kgraph: 1\nreviews:\n  - {action: accept, relationship: elon-musk.founded.openai}\n" +
            "  - {action: reject, relationship: elon-musk.works_at.openai}\n");
        var (exit, stdout, _) = Cli.Run("review", "queue", "--data", root.Path, "--limit", "1");
        Assert.Equal(0, exit);
        Assert.StartsWith("1. elon-musk.developed.grok-1, priority 0.37 (uncertainty 0.28, support 0.00, centrality 0.93)\n", stdout);
        Assert.EndsWith("1 of 11 facts waiting; " + Advice, stdout);
    }

    [Fact]
    public void Type_takes_any_case_and_suggests_the_closest_for_a_misspelling()
    {
        using var unreviewed = CopyOfSampleData();
        var (exit, stdout, _) = Cli.Run("review", "queue", "--data", unreviewed.Path, "--type", "developed", "--limit", "5");
        Assert.Equal(0, exit);
        var numbered = stdout.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. "));
        Assert.Equal(["1. elon-musk.developed.grok-1"], numbered.Select(l => l[..l.IndexOf(',')]));
        Assert.Equal((2, "", "kgraph: unknown relationship type 'FOUNDDED'; did you mean 'FOUNDED'?\n"),
            Cli.Run("review", "queue", "--data", unreviewed.Path, "--type", "FOUNDDED"));
        Assert.Equal((2, "", "kgraph: --min-confidence must be between 0 and 1 (got 1.5)\n"),
            Cli.Run("review", "queue", "--data", unreviewed.Path, "--min-confidence", "1.5"));
    }

    [Fact]
    public void Json_gives_each_fact_with_its_quotes_documents_and_spans()
    {
        using var unreviewed = CopyOfSampleData();
        var (exit, stdout, _) = Cli.Run("review", "queue", "--data", unreviewed.Path, "--json", "--min-confidence", "0.9");
        Assert.Equal(0, exit);
        var result = JsonDocument.Parse(stdout).RootElement.GetProperty("result");
        var facts = result.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(facts.Count, result.GetProperty("total").GetInt32());
        Assert.All(facts, f => Assert.True(f.GetProperty("relationship").GetProperty("confidence").GetDouble() >= 0.9));
        var top = facts[0];
        var relationship = top.GetProperty("relationship");
        Assert.Equal((0.415, "elon-musk.founded.openai"), (top.GetProperty("priority").GetDouble(), relationship.GetProperty("id").GetString()));
        Assert.Equal(
            ["2024-03-06-musk-sues-openai.zh [109, 128) 马斯克是OpenAI的联合创始人之一。", "2024-03-06-musk-sues-openai.zh [137, 158) 他与奥特曼等人共同创办了这家非营利研究机构"],
            relationship.GetProperty("evidence").EnumerateArray()
                .Select(e => $"{e.GetProperty("doc").GetString()} [{e.GetProperty("start").GetInt32()}, {e.GetProperty("end").GetInt32()}) " +
                    e.GetProperty("quote").GetString()));
    }

    /// <summary>The sample data as extracted, before anyone reviewed it: without its review log.</summary>
    internal static TempFolder CopyOfSampleData()
    {
        var root = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(SampleData, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SampleData, file);
            if (relative.StartsWith("gold", StringComparison.Ordinal) || relative.Contains(".kgraph-extract", StringComparison.Ordinal)
                || relative == "reviews.yaml") continue;
            root.WriteBytes(relative, File.ReadAllBytes(file));
        }
        return root;
    }
}
