namespace KGraph.Cli.Tests.Commands;

public class DiagramCommandTests
{
    private const string Data = """
        kgraph: 1
        entities:
          - {id: ann, type: Person, name: Ann, names: {zh: 安}}
          - {id: acme, type: Organization, name: "Acme <Corp> & \"Sons\""}
          - {id: bob, type: Person, name: Bob}
          - {id: lone, type: Person, name: Lone}
        relationships:
          - {from: ann, type: FOUNDED, to: acme, start: 2020}
          - {from: bob, type: WORKS_AT, to: acme, role: engineer}
        """;

    [Fact]
    public void Every_format_is_written_for_the_whole_graph()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, _, stderr) = Cli.Run("diagram", root["data"], "--out", root["out"]);

        Assert.Equal(0, exit);
        Assert.Equal(["graph.dot", "graph.gexf", "graph.graphml", "graph.html", "graph.mmd", "graph.svg"],
            Directory.GetFiles(root["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("drew 4 entities, 2 relationships → ", stderr);
        Assert.Contains("Acme &lt;Corp&gt; &amp; \"Sons\"", File.ReadAllText(root["out/graph.svg"]));
    }

    private static string WideData(int people) =>
        "kgraph: 1\nentities:\n  - {id: acme, type: Organization, name: Acme}\n"
        + string.Concat(Enumerable.Range(0, people).Select(i => $"  - {{id: p{i:D3}, type: Person, name: P{i}}}\n"))
        + "relationships:\n"
        + string.Concat(Enumerable.Range(0, people).Select(i => $"  - {{from: p{i:D3}, type: WORKS_AT, to: acme}}\n"));

    [Fact]
    public void All_formats_of_a_graph_too_large_for_Mermaid_skip_it_with_a_warning_and_write_the_others()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", WideData(501));

        var (exit, _, stderr) = Cli.Run("diagram", root["data"], "--out", root["out"], "--format", "all");

        Assert.Equal(0, exit);
        Assert.Equal(["graph.dot", "graph.gexf", "graph.graphml", "graph.html", "graph.svg"],
            Directory.GetFiles(root["out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            $"{root["out"]}:1:1: warning: Mermaid skipped: Mermaid diagrams on GitHub stop at 500 edges and this one has 501; draw less with --focus, " +
            $"--path, --types or --min-confidence, or pass --trim to keep the 500 relationships between the best-connected entities\n"
            + $"drew 502 entities, 501 relationships → " +
                $"{string.Join(", ", "svg html dot graphml gexf".Split(' ').Select(e => Path.Combine(root["out"], "graph." + e)))}\n",
            stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_Mermaid_warning_is_a_diagnostic_of_the_json_document()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", WideData(501));

        var (exit, stdout, _) = Cli.Run("diagram", root["data"], "--out", root["out"], "--json");

        Assert.Equal(0, exit);
        var diagnostic = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(root["out"], diagnostic.GetProperty("file").GetString());
        Assert.StartsWith("Mermaid skipped: Mermaid diagrams on GitHub stop at 500 edges and this one has 501;", diagnostic.GetProperty("message").GetString());
        Assert.False(File.Exists(root["out/graph.mmd"]));
        Assert.True(File.Exists(root["out/graph.svg"]));
    }

    [Fact]
    public void Mermaid_asked_for_by_name_still_refuses_a_graph_too_large_for_it()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", WideData(501));

        var (exit, _, stderr) = Cli.Run("diagram", root["data"], "--out", root["out"], "--format", "svg,mermaid");

        Assert.Equal(1, exit);
        Assert.StartsWith("kgraph: Mermaid diagrams on GitHub stop at 500 edges and this one has 501;", stderr);
        Assert.Equal(["graph.svg"], Directory.GetFiles(root["out"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_focus_writes_files_named_after_the_entity()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, stdout, _) = Cli.Run("diagram", root["data"], "--out", root["out"], "--focus", "安", "--format", "svg,mermaid", "--json");

        Assert.Equal(0, exit);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("result").GetProperty("entities").GetInt32());
        Assert.True(File.Exists(root["out/focus-ann.svg"]));
        Assert.Contains("n1([\"Ann<br/>安\"])", File.ReadAllText(root["out/focus-ann.mmd"]));
    }

    [Theory]
    [InlineData("kgraph: --depth must be at least 1 (got 0); depth 1 draws the entity and its direct neighbours\n", "--focus", "Ann", "--depth", "0")]
    [InlineData("kgraph: --since '2024-13' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD\n", "--since", "2024-13")]
    [InlineData("kgraph: unknown --format 'png' (use svg, html, dot, mermaid, graphml, gexf or all)\n", "--format", "png")]
    [InlineData("kgraph: --min-confidence must be between 0 and 1 (got 2)\n", "--min-confidence", "2")]
    [InlineData("kgraph: unknown --engine 'circo' (use force, dot, sfdp, neato)\n", "--engine", "circo")]
    public void Bad_options_are_usage_errors_with_the_reason(string message, params string[] options)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run(["diagram", root["data"], "--out", root["out"], .. options]);

        Assert.Equal((2, "", message), (exit, stdout, stderr));
        Assert.False(Directory.Exists(root["out"]));
    }

    [Fact]
    public void A_focus_that_matches_nothing_is_a_usage_error_and_writes_nothing()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, _, stderr) = Cli.Run("diagram", root["data"], "--out", root["out"], "--focus", "Zed");

        Assert.Equal((2, "kgraph: no entity is named 'Zed'\n"), (exit, stderr));
        Assert.False(Directory.Exists(root["out"]));
    }

    [Fact]
    public void The_path_option_takes_two_names()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, _, stderr) = Cli.Run("diagram", root["data"], "--out", root["out"], "--path", "Ann", "Bob", "--format", "dot");

        Assert.Equal(0, exit);
        Assert.Equal($"drew 3 entities, 2 relationships → {root["out/path-ann-bob.dot"]}\n", stderr);
    }
}
