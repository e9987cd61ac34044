namespace KGraph.Cli.Tests.Commands;

public class BuildCommandTests
{
    [Fact]
    public void Invalid_data_stops_the_build_and_leaves_earlier_outputs_untouched()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n");
        var outDir = root["out"];
        Assert.Equal(0, Cli.Run("build", root["data"], "--out", outDir).Exit);
        var outputsBefore = root.Snapshot().Where(f => f.Key.StartsWith(outDir, StringComparison.Ordinal)).ToList();
        Assert.Single(outputsBefore);

        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n  - {id: a, type: Person, name: Ann again}\n");
        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", outDir);

        Assert.Equal(3, exit);
        Assert.EndsWith("kgraph: 1 errors; nothing written\n", stderr);
        Assert.Equal(outputsBefore, root.Snapshot().Where(f => f.Key.StartsWith(outDir, StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void Build_writes_the_merged_graph()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: b, type: Person, name: Bo}\n  - {id: a, type: Person, name: Ann}\n");
        var (exit, stdout, _) = Cli.Run("build", root["data"], "--out", root["out"], "--json");
        Assert.Equal(0, exit);
        Assert.Contains("\"entities\": 2", stdout, StringComparison.Ordinal);
        Assert.Equal(
            "# Merged graph written by `kgraph build`; regenerated on every build, do not edit.\n# Edit graph-data/curated/ or record decisions with `kgraph review` instead.\n" +
            "kgraph: 1\nentities:\n  - id: a\n    type: Person\n    name: Ann\n  - id: b\n    type: Person\n    name: Bo\n",
            File.ReadAllText(root["out/graph.yaml"]));
    }

    [Fact]
    public void A_missing_data_root_is_a_usage_error()
    {
        Assert.Equal((2, "", "kgraph: data root 'nowhere' does not exist\n"), Cli.Run("build", "nowhere"));
    }
}
