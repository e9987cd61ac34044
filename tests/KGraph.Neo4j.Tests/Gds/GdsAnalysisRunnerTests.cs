using KGraph.Neo4j.Gds;
using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Tests.Gds;

public sealed class GdsAnalysisRunnerTests
{
    private static readonly GdsAnalysisPlan Plan = GdsAnalysisPlanTests.Plan();
    private static readonly string[] Drops = ["drop kgraph-test-pairs", "drop kgraph-test-arcs"];

    private static GdsAnalysisRunner Runner(FakeNeo4jServer server, List<string>? warnings = null) => new(
        new Neo4jQueryApiClient(
            Neo4jQueryApiClient.CreateHttpClient(),
            new Neo4jConnectionSettings { BaseAddress = server.BaseAddress, Password = "pw" },
            new Neo4jRetryPolicy { MaxAttempts = 1, Delay = (_, _) => Task.CompletedTask }),
        warnings is null ? null : warnings.Add);

    private static string Where(FakeNeo4jServer server) => $"Neo4j at {server.BaseAddress.GetLeftPart(UriPartial.Authority)}";

    [Fact]
    public async Task Scores_come_back_in_entity_order_with_betweenness_as_a_share_of_pairs()
    {
        var gds = new ScriptedGds(Plan);
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var scores = await Runner(server).RunAsync(Plan);

        Assert.Equal("2.13.2", scores.GdsVersion);
        Assert.Equal([0.2, 0.4, 0.4], scores.PageRank);
        Assert.Equal((21, true), (scores.PageRankIterations, scores.PageRankConverged));
        // b lies on the one path between the other pair (a, c): a share of 1.
        Assert.Equal([0.0, 1.0, 0.0], scores.Betweenness);
        Assert.Equal([7L, 7L, 7L], scores.Component);
        Assert.Equal([10L, 10L, 12L], scores.Community);
        Assert.Equal((0.125, 1), (scores.Modularity, scores.CommunityLevels));
        Assert.Equal(Plan.Steps.Select(s => s.Name).Concat(Drops), gds.Asked(server));
    }

    [Fact]
    public async Task When_a_step_fails_midway_both_projections_are_still_dropped_and_the_error_is_reported()
    {
        var gds = new ScriptedGds(Plan);
        gds.Override[Plan.Betweenness.Name] = ScriptedGds.Error(400, "Neo.ClientError.Procedure.ProcedureCallFailed",
            "Failed to invoke procedure `gds.betweenness.mutate`: out of memory");
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Runner(server).RunAsync(Plan));

        Assert.Equal(
            $"{Where(server)} rejected a statement (Neo.ClientError.Procedure.ProcedureCallFailed): Failed to invoke procedure `gds.betweenness.mutate`: " +
            $"out of memory\n" +
            "  statement: CALL gds.betweenness.mutate($graph, {mutateProperty: 'kgraph_betweenness', samplingSize: $samplingSize, samplingSeed: " +
            "$samplingSeed}) ...",
            e.Message);
        Assert.Equal(["check that Graph Data Science is installed", "project the directed view (PageRank)",
            "project the undirected view (betweenness, components, communities)", "PageRank", "betweenness", .. Drops],
            gds.Asked(server));
    }

    [Fact]
    public async Task When_the_projection_itself_fails_the_drops_are_still_sent()
    {
        var gds = new ScriptedGds(Plan);
        gds.Override[Plan.ProjectPairs.Name] = FakeNeo4jServer.Drop();
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Runner(server).RunAsync(Plan));

        Assert.Equal($"{Where(server)} closed the connection mid-answer", e.Message);
        Assert.Equal(Drops, gds.Asked(server).TakeLast(2));
    }

    [Fact]
    public async Task A_drop_that_fails_after_a_failure_is_warned_about_and_the_first_error_stands()
    {
        var gds = new ScriptedGds(Plan);
        gds.Override[Plan.PageRank.Name] = ScriptedGds.Error(400, "Neo.ClientError.Procedure.ProcedureCallFailed", "bad config");
        gds.Override["drop kgraph-test-pairs"] = ScriptedGds.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "down");
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));
        var warnings = new List<string>();

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Runner(server, warnings).RunAsync(Plan));

        Assert.StartsWith($"{Where(server)} rejected a statement (Neo.ClientError.Procedure.ProcedureCallFailed): bad config\n", e.Message,
            StringComparison.Ordinal);
        Assert.Equal([$"could not drop the projection 'kgraph-test-pairs' ({Where(server)} answered 503 (Neo.TransientError.General.DatabaseUnavailable): " +
            $"down); drop it with CALL gds.graph.drop('kgraph-test-pairs')"], warnings);
        Assert.Equal(Drops, gds.Asked(server).TakeLast(2));
    }

    [Fact]
    public async Task A_drop_that_fails_after_success_is_an_error_naming_the_projection_to_drop()
    {
        var gds = new ScriptedGds(Plan);
        gds.Override["drop kgraph-test-arcs"] = ScriptedGds.Error(400, "Neo.ClientError.Security.Forbidden", "no");
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Runner(server).RunAsync(Plan));

        Assert.Equal(
            $"could not drop the projection 'kgraph-test-arcs' ({Where(server)} rejected a statement (Neo.ClientError.Security.Forbidden): no\n  statement: " +
            $"CALL gds.graph.drop($graph, false) ...); " +
            "drop it with CALL gds.graph.drop('kgraph-test-arcs')",
            e.Message);
        Assert.Equal(Drops, gds.Asked(server).TakeLast(2));
    }

    [Fact]
    public async Task Without_graph_data_science_it_says_so_plainly_and_projects_nothing()
    {
        var gds = new ScriptedGds(Plan);
        gds.Override[Plan.Version.Name] = ScriptedGds.Error(400, "Neo.ClientError.Statement.SyntaxError",
            "Unknown function 'gds.version' (line 1, column 8 (offset: 7))\n\"RETURN gds.version() AS version\"\n        ^");
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Runner(server).RunAsync(Plan));

        Assert.Equal(
            $"Graph Data Science is not installed on {Where(server)} (gds.version() is unknown there): install the GDS plugin " +
            "(Docker: -e NEO4J_PLUGINS='[\"graph-data-science\"]'), or analyse locally: kgraph analyze without --engine neo4j",
            e.Message);
        Assert.Equal(["check that Graph Data Science is installed"], gds.Asked(server));
    }

    [Fact]
    public void An_unknown_procedure_also_means_graph_data_science_is_missing()
    {
        Assert.True(GdsAnalysisRunner.IsGdsMissing(new Neo4jException("x", "Neo.ClientError.Procedure.ProcedureNotFound")));
        Assert.False(GdsAnalysisRunner.IsGdsMissing(new Neo4jException("Unknown function 'apoc.x'", "Neo.ClientError.Statement.SyntaxError")));
    }

    [Fact]
    public async Task A_database_that_does_not_hold_the_analysed_graph_is_refused_and_the_projections_dropped()
    {
        var gds = new ScriptedGds(Plan);
        gds.Override[Plan.ProjectPairs.Name] = ScriptedGds.Rows("\"nodes\",\"relationships\"", "[3,1]");
        using var server = new FakeNeo4jServer((request, _) => gds.Answer(request));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => Runner(server).RunAsync(Plan));

        Assert.Equal($"{Where(server)} does not hold the graph being analysed: it has 3 of its 3 entities and 1 of its 2 relationships; " +
            $"load the same data first (kgraph load)", e.Message);
        Assert.Equal(Drops, gds.Asked(server).TakeLast(2));
    }

    [Fact]
    public void Sampled_betweenness_is_scaled_up_by_entities_per_source_like_the_local_engine()
    {
        // 5 entities: (n-1)(n-2) = 12; a raw (halved) count of 3 is 6 of 12 ordered pairs; sampled from 2 sources: × 5/2.
        Assert.Equal(0.5, GdsBetweenness.ToShareOfPairs(3, entities: 5, samplingSize: 5));
        Assert.Equal(1.25, GdsBetweenness.ToShareOfPairs(3, entities: 5, samplingSize: 2));
        Assert.Equal(0.0, GdsBetweenness.ToShareOfPairs(0, entities: 2, samplingSize: 2));
    }
}
