namespace KGraph.Cli.Tests.Commands;

public class BuildCommandTests
{
    [Fact]
    public void Invalid_data_stops_the_build_and_leaves_earlier_outputs_untouched()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n");
        var outDir = root["out"];
        Assert.Equal(0, Cli.Run("build", root["data"], "--out", outDir, "--diagrams", root["site"]).Exit);
        // Everything build wrote (merged graph, diagrams) must survive a failed build unchanged.
        var outputsBefore = root.Snapshot().Where(f => !f.Key.StartsWith(root["data"], StringComparison.Ordinal)).ToList();
        Assert.Equal(7, outputsBefore.Count);

        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n  - {id: a, type: Person, name: Ann again}\n");
        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", outDir, "--diagrams", root["site"]);

        Assert.Equal(3, exit);
        Assert.EndsWith("kgraph: 1 errors; nothing written\n", stderr);
        Assert.Equal(outputsBefore, root.Snapshot().Where(f => !f.Key.StartsWith(root["data"], StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void Build_writes_the_merged_graph()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: b, type: Person, name: Bo}\n  - {id: a, type: Person, name: Ann}\n");
        var (exit, stdout, _) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"], "--json");
        Assert.Equal(0, exit);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("result").GetProperty("entities").GetInt32());
        Assert.Equal(
            "# Merged graph written by `kgraph build`; regenerated on every build, " +
            "do not edit.\n# Edit graph-data/curated/ or record decisions with `kgraph review` instead.\n" +
            "kgraph: 1\nentities:\n  - id: a\n    type: Person\n    name: Ann\n  - id: b\n    type: Person\n    name: Bo\n",
            File.ReadAllText(root["out/graph.yaml"]));
    }

    [Fact]
    public void A_missing_data_root_is_an_io_failure_with_exit_one()
    {
        Assert.Equal((1, "", "kgraph: data root 'nowhere' does not exist\n"), Cli.Run("build", "nowhere"));
    }

    [Fact]
    public void Build_extracts_the_articles_first_and_links_them_to_curated_entities()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml",
            "kgraph: 1\nentities:\n  - {id: elon-musk, type: Person, name: Elon Musk, names: {zh: 埃隆·马斯克}, aliases: [马斯克]}\n  - {id: xai, type: " +
            "Organization, name: xAI}\n");
        root.Write("data/articles/note.zh.txt", "---\ntitle: 测试\nlang: zh\n---\n马斯克创立了人工智能公司xAI。\n");
        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("extract: 1 extracted, 0 unchanged → ", stderr, StringComparison.Ordinal);
        var extracted = File.ReadAllText(root["data/extracted/note.zh.yaml"]);
        Assert.Contains("from: elon-musk\n    type: FOUNDED\n    to: xai\n", extracted, StringComparison.Ordinal);
        Assert.Contains("id: elon-musk.founded.xai\n", File.ReadAllText(root["out/graph.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_counts_the_problems_it_printed_once_in_text_and_json_alike()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n");
        root.Write("data/reviews.yaml", "kgraph: 1\nreviews:\n  - {action: reject, relationship: gone.sued.a}\n");

        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"]);
        var (_, json, _) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"], "--json");

        Assert.Equal(0, exit);
        Assert.Single(stderr.Split('\n'), line => line.Contains(": warning: ", StringComparison.Ordinal));
        Assert.EndsWith("built: 0 documents, 1 entities, 0 relationships, 1 warnings\n", stderr, StringComparison.Ordinal);
        var document = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(1, document.GetProperty("result").GetProperty("warnings").GetInt32());
        Assert.Equal(1, document.GetProperty("diagnostics").GetArrayLength());
    }
}
