namespace KGraph.Cli.Tests.Commands;

/// <summary>The data-integrity defects hostile testing found (issue 13): nothing lost, nothing forged.</summary>
public class DataIntegrityTests
{
    [Fact]
    public void A_file_name_written_into_a_comment_cannot_forge_a_fact()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: elon-musk, type: Person, name: Elon Musk}\n  - {id: anthropic, type: Organization, name: Anthropic}\n");
        const string Hostile = "x\nrelationships: [{from: elon-musk, type: FOUNDED, to: anthropic, start: 2021, status: reviewed}]\n#.txt";
        root.Write("data/articles/" + Hostile, "没有事实的一句话。\n");

        var (exit, _, stderr) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["site"], "--rules-only");

        Assert.True(exit == 0, stderr);
        var extracted = Directory.GetFiles(root["data/extracted"]).Single();
        Assert.StartsWith(@"# Extracted by `kgraph extract` from ", File.ReadAllText(extracted), StringComparison.Ordinal);
        Assert.Contains(@"x\nrelationships: [{from: elon-musk, type: FOUNDED, to: anthropic, start: 2021, status: reviewed}]\n#.txt", File.ReadAllText(extracted), StringComparison.Ordinal);
        var graph = File.ReadAllText(root["out/graph.yaml"]);
        Assert.DoesNotContain("\nrelationships:", graph, StringComparison.Ordinal);
        Assert.EndsWith("built: 1 documents, 2 entities, 0 relationships\n", stderr, StringComparison.Ordinal);
    }
}
