using System.Text.Json;
using System.Text.RegularExpressions;
using KGraph.Store;

namespace KGraph.Cli.Tests.Commands;

/// <summary><c>kgraph analyze --engine neo4j</c> against a fake Query API that answers with the local engine's numbers.</summary>
public sealed class AnalyzeInNeo4jTests
{
    private static readonly string SampleData = RepositoryFiles.PathOf("graph-data");

    private static LocalEngineGds Gds(string data, string? failAt = null, bool withoutGds = false)
    {
        var load = DataLoading.Load([data]);
        return new LocalEngineGds(load.Graph, load.Vocabulary) { FailAt = failAt, WithoutGds = withoutGds };
    }

    private static string Authority(FakeNeo4jServer server) => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Theory]
    [InlineData]
    [InlineData("--type", "FOUNDED", "--type", "LEADS", "--type", "COMPETES_WITH")]
    [InlineData("--reviewed-only", "--as-of", "2024")]
    [InlineData("--min-confidence", "0.9", "--since", "2020")]
    public void The_Neo4j_engine_writes_exactly_the_local_engines_analysis_JSON_for_the_sample_graph(params string[] filter)
    {
        using var folder = new TempFolder();
        var gds = Gds(SampleData);
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var local = Cli.Run(["analyze", SampleData, "--out", folder["local"], .. filter]);
        var neo4j = Cli.Run(["analyze", SampleData, "--out", folder["neo4j"], "--engine", "neo4j", "--uri", server.BaseAddress.ToString(), .. filter]);

        Assert.Equal((0, 0), (local.Exit, neo4j.Exit));
        Assert.Equal(File.ReadAllText(folder["local/analysis.json"]), File.ReadAllText(folder["neo4j/analysis.json"]));
        // The Markdown differs only in saying who computed it, and GDS reports no PageRank residual.
        var localMarkdown = File.ReadAllText(folder["local/analysis.md"]);
        var expected = Regex.Replace(localMarkdown, @"\(L1 change [^,]+, tolerance", "(tolerance")
            .Insert(localMarkdown.IndexOf('\n', localMarkdown.IndexOf("\n- Filter: ", StringComparison.Ordinal) + 1) + 1,
                "- Computed by: Neo4j Graph Data Science 2.13.2\n");
        Assert.Equal(expected, File.ReadAllText(folder["neo4j/analysis.md"]));
        // The data's warnings, then where it analyses, then the same summary naming the engine.
        var lastLine = local.Err.LastIndexOf('\n', local.Err.Length - 2) + 1;
        var summary = local.Err[lastLine..].Replace(" → ", " in Neo4j Graph Data Science 2.13.2 → ", StringComparison.Ordinal).Replace("/local/", "/neo4j/",
            StringComparison.Ordinal);
        Assert.Equal(local.Err[..lastLine] + $"kgraph: analysing in Neo4j 5.26.2 community at {Authority(server)} database 'neo4j' as 'neo4j' " +
            $"(password not set)\n" + summary, neo4j.Err);
    }

    [Fact]
    public void Write_stores_the_reports_own_numbers_on_every_entity()
    {
        using var folder = new TempFolder();
        var gds = Gds(SampleData);
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var (exit, _, stderr) = Cli.Run("analyze", SampleData, "--out", folder.Path, "--engine", "neo4j", "--write", "--uri", server.BaseAddress.ToString());

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(File.ReadAllText(folder["analysis.json"]));
        var entities = report.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(entities.Count, gds.WrittenRows.Count);
        Assert.Equal(
            entities.Select(e => $"{e.GetProperty("id")} {e.GetProperty("pagerank").GetDouble()} {e.GetProperty("betweenness").GetDouble()} " +
                $"{e.GetProperty("component")} {e.GetProperty("community")}"),
            gds.WrittenRows.Select(r => $"{r.GetProperty("id")} {r.GetProperty("pagerank").GetDouble()} {r.GetProperty("betweenness").GetDouble()} " +
                $"{r.GetProperty("component")} {r.GetProperty("community")}"));
        Assert.Contains($"kgraph: stored the scores on {entities.Count} entities (properties set {4 * entities.Count})\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_midway_drops_both_projections_of_this_run_and_writes_no_report()
    {
        using var folder = new TempFolder();
        var gds = Gds(SampleData, failAt: "gds.louvain");
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var (exit, stdout, stderr) = Cli.Run("analyze", SampleData, "--out", folder.Path, "--engine", "neo4j", "--uri", server.BaseAddress.ToString());

        Assert.Equal((1, ""), (exit, stdout));
        Assert.EndsWith(
            $"kgraph: Neo4j at {Authority(server)} rejected a statement (Neo.ClientError.Procedure.ProcedureCallFailed): " +
            $"Failed to invoke gds.louvain: out of heap\n" +
            "  statement: CALL gds.louvain.mutate($graph, {mutateProperty: 'kgraph_community', relationshipWeightProperty: 'weight'}) ...\n",
            stderr, StringComparison.Ordinal);
        var bodies = server.Requests.Where(r => r.Method == "POST").Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var drops = bodies.Where(b => b.GetProperty("statement").GetString() == "CALL gds.graph.drop($graph, false)\nYIELD graphName\nRETURN graphName")
            .Select(b => b.GetProperty("parameters").GetProperty("graph").GetString()!).ToList();
        Assert.Equal(2, drops.Count);
        Assert.Matches("^kgraph-[0-9]{8}-[0-9]{6}-[0-9a-f]{8}-pairs$", drops[0]);
        Assert.Equal(drops[0].Replace("-pairs", "-arcs", StringComparison.Ordinal), drops[1]);
        Assert.Equal("CALL gds.graph.drop($graph, false)", bodies[^1].GetProperty("statement").GetString()!.Split('\n')[0]);
        Assert.False(File.Exists(folder["analysis.json"]));
    }

    [Fact]
    public void Without_graph_data_science_it_fails_with_exit_one_and_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("data/graph.yaml", AnalysisFixture.GraphYaml);
        var gds = Gds(folder["data"], withoutGds: true);
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var (exit, stdout, stderr) = Cli.Run("analyze", folder["data"], "--out", folder["out"], "--engine", "neo4j", "--uri", server.BaseAddress.ToString());

        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal(
            $"kgraph: analysing in Neo4j 5.26.2 community at {Authority(server)} database 'neo4j' as 'neo4j' (password not set)\n" +
            $"kgraph: Graph Data Science is not installed on Neo4j at {Authority(server)} (gds.version() is unknown there): install the GDS plugin " +
            "(Docker: -e NEO4J_PLUGINS='[\"graph-data-science\"]'), or analyse locally: kgraph analyze without --engine neo4j\n",
            stderr);
        Assert.Single(server.Requests, r => r.Method == "POST");
    }

    [Fact]
    public void An_unreachable_server_fails_with_exit_one_and_says_where_it_tried()
    {
        using var folder = new TempFolder();
        folder.Write("data/graph.yaml", AnalysisFixture.GraphYaml);

        var (exit, stdout, stderr) = Cli.Run("analyze", folder["data"], "--out", folder["out"], "--engine", "neo4j", "--uri",
            "http://127.0.0.1:1", "--retries", "0");

        Assert.Equal((1, "", "kgraph: cannot reach Neo4j at http://127.0.0.1:1: Connection refused (127.0.0.1:1)\n"), (exit, stdout, stderr));
    }

    [Fact]
    public void Dry_run_with_JSON_is_one_document_listing_every_statement_without_connecting()
    {
        using var folder = new TempFolder();
        folder.Write("data/graph.yaml", AnalysisFixture.GraphYaml);

        var (exit, stdout, stderr) = Cli.Run("analyze", folder["data"], "--engine", "neo4j", "--dry-run", "--write", "--json", "--uri",
            "http://127.0.0.1:1", "--type", "FOUNDED");

        Assert.Equal((0, ""), (exit, stderr));
        using var json = JsonDocument.Parse(stdout);
        var result = json.RootElement.GetProperty("result");
        Assert.Equal((4, 1), (result.GetProperty("entities").GetInt32(), result.GetProperty("relationships").GetInt32()));
        var statements = result.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(
            [
                "check that Graph Data Science is installed", "project the directed view (PageRank)",
                    "project the undirected view (betweenness, components, communities)",
                "PageRank", "betweenness", "weakly connected components", "Louvain communities", "stream PageRank",
                    "stream betweenness, components and communities",
                "drop the undirected projection", "drop the directed projection", "--write: the report's scores onto the entities",
            ],
            statements.Select(s => s.GetProperty("name").GetString()));
        Assert.Contains("OPTIONAL MATCH (source)-[r:FOUNDED]-(target:Entity)\n", statements[1].GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Equal(["entities", "relationships", "graph", "symmetricTypes"],
            statements[1].GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Dry_run_prints_the_Cypher()
    {
        using var folder = new TempFolder();
        folder.Write("data/graph.yaml", AnalysisFixture.GraphYaml);

        var (exit, stdout, stderr) = Cli.Run("analyze", folder["data"], "--engine", "neo4j", "--dry-run");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("// Neo4j Graph Data Science: 4 entities and 3 relationships, sent by id as $entities and $relationships\n", stdout,
            StringComparison.Ordinal);
        Assert.EndsWith("// drop the directed projection; $graph: the directed projection\nCALL gds.graph.drop($graph, " +
            "false)\nYIELD graphName\nRETURN graphName;\n", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--write", "kgraph: --write goes with --engine neo4j\n")]
    [InlineData("--dry-run", "kgraph: --dry-run goes with --engine neo4j\n")]
    public void Write_and_dry_run_without_the_Neo4j_engine_are_usage_errors(string option, string message)
    {
        var (exit, stdout, stderr) = Cli.Run("analyze", option);

        Assert.Equal((2, "", message), (exit, stdout, stderr));
    }

    [Fact]
    public void An_unknown_engine_is_a_usage_error()
    {
        var (exit, _, stderr) = Cli.Run("analyze", "--engine", "spark");

        Assert.Equal(2, exit);
        Assert.StartsWith("kgraph: Argument 'spark' not recognized. Must be one of:", stderr, StringComparison.Ordinal);
    }
}
