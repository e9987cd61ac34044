namespace KGraph.Cli.Tests.Commands;

/// <summary>The data-integrity defects hostile testing found (issue 13): nothing lost, nothing forged.</summary>
public class DataIntegrityTests
{
    [Fact]
    public void A_file_name_written_into_a_comment_cannot_forge_a_fact()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml",
            "kgraph: 1\nentities:\n  - {id: elon-musk, type: Person, name: Elon Musk}\n  - {id: anthropic, type: Organization, name: Anthropic}\n");
        const string Hostile = "x\nrelationships: [{from: elon-musk, type: FOUNDED, to: anthropic, start: 2021, status: reviewed}]\n#.txt";
        root.Write("data/articles/" + Hostile, "没有事实的一句话。\n");

        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"], "--rules-only");

        Assert.True(exit == 0, stderr);
        var extracted = Directory.GetFiles(root["data/extracted"], "*.yaml").Single();
        Assert.StartsWith("# yaml-language-server: $schema=../schema/kgraph.schema.json\n# Extracted by `kgraph extract` from ", File.ReadAllText(extracted),
            StringComparison.Ordinal);
        Assert.Contains(@"x\nrelationships: [{from: elon-musk, type: FOUNDED, to: anthropic, start: 2021, status: reviewed}]\n#.txt",
            File.ReadAllText(extracted), StringComparison.Ordinal);
        var graph = File.ReadAllText(root["out/graph.yaml"]);
        Assert.DoesNotContain("\nrelationships:", graph, StringComparison.Ordinal);
        Assert.EndsWith("built: 1 documents, 2 entities, 0 relationships\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_writes_into_the_curated_folder_of_a_data_root()
    {
        using var root = new TempFolder();
        var people = root.Write("graph-data/curated/people.yaml", "kgraph: 1\nentities:\n  - {id: ann, type: Person, name: Ann}\n");
        root.Write("graph-data/articles/a.zh.txt", "周海洋正式起诉了Brightloop。\n");
        var table = root.Write("in.csv", "name,type\nBo,Person\n");
        var before = root.Snapshot();

        var extract = Cli.Run("extract", root["graph-data/articles"], "--out", root["graph-data/curated"], "--rules-only");
        var export = Cli.Run("export", "cypher", root["graph-data"], "--out", people);
        var diagram = Cli.Run("diagram", root["graph-data"], "--out", root["graph-data/curated/site"]);
        var build = Cli.Run("build", root["graph-data/curated"]);
        var ftm = Cli.Run("export", "ftm", root["graph-data"], "--out", people);
        // import may write a new file into curated/ when asked to (a person's choice), but never over one.
        var import = Cli.Run("import", "csv", table, "--out", people);
        var init = Cli.Run("init", root["graph-data/curated/new"]);

        Assert.Equal(2, extract.Exit);
        Assert.StartsWith($"kgraph: --out {root["graph-data/curated"]}: refusing to write into {root["graph-data/curated"]}, " +
            $"the curated folder of a data root, which only people write; choose another folder\n", extract.Err, StringComparison.Ordinal);
        Assert.Equal(2, export.Exit);
        Assert.StartsWith($"kgraph: --out {people}: refusing to write into {root["graph-data/curated"]}", export.Err, StringComparison.Ordinal);
        Assert.Equal(2, diagram.Exit);
        Assert.Equal(2, build.Exit);
        Assert.Equal(2, ftm.Exit);
        Assert.StartsWith($"kgraph: --out {people}: refusing to write into {root["graph-data/curated"]}", ftm.Err, StringComparison.Ordinal);
        Assert.Equal((2, $"kgraph: --out {people} already exists; import writes a new file and never replaces one (choose another name)\n"),
            (import.Exit, import.Err));
        Assert.Equal(2, init.Exit);
        Assert.Equal(before, root.Snapshot());
    }

    [Theory]
    [InlineData("kgraph: 1\nentities:\n\t- {id: ann, type: Person, name: Ann}\n")]
    [InlineData("kgraph: 1\nentities:\n  - {id: ann, type: Person, name: Ann, colour: red}\n")]
    public void Invalid_curated_data_replaces_no_output_of_the_build_not_even_extracted_files(string curated)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: ann, type: Person, name: Ann}\n");
        root.Write("data/articles/a.zh.txt", "周海洋正式起诉了Brightloop。\n");
        Assert.Equal(0, Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"], "--rules-only").Exit);
        root.Write("data/articles/b.zh.txt", "吴明加入了Zentra。\n");
        root.Write("data/curated/a.yaml", curated);
        var before = root.Snapshot().Where(f => !f.Key.Contains("/curated/", StringComparison.Ordinal)).ToList();

        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"], "--rules-only");

        Assert.Equal(3, exit);
        Assert.EndsWith("kgraph: 1 errors; nothing written\n", stderr, StringComparison.Ordinal);
        Assert.Equal(before, root.Snapshot().Where(f => !f.Key.Contains("/curated/", StringComparison.Ordinal)).ToList());
        Assert.False(File.Exists(root["data/extracted/b.zh.yaml"]));
    }
}
