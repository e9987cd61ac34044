using KGraph.Model;
using KGraph.Neo4j.Http;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Loading;

public sealed class Neo4jGraphWriterTests
{
    private static Neo4jGraphWriter Writer(FakeNeo4jServer server) => new(new Neo4jQueryApiClient(
        Neo4jQueryApiClient.CreateHttpClient(),
        new Neo4jConnectionSettings { BaseAddress = server.BaseAddress, Password = "pw" },
        new Neo4jRetryPolicy { Delay = (_, _) => Task.CompletedTask }));

    private static Neo4jLoadPlan Plan(KnowledgeGraph graph) => Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn);

    [Fact]
    public async Task Loading_the_same_graph_twice_creates_nothing_the_second_time()
    {
        var database = new SimulatedNeo4j();
        using var server = new FakeNeo4jServer((request, _) => database.Answer(request));
        var plan = Plan(Some.SmallGraph());

        var first = await Writer(server).WriteAsync(plan);
        var second = await Writer(server).WriteAsync(plan);

        Assert.Equal((3L, 2L, 6L), (first.Total.NodesCreated, first.Total.RelationshipsCreated, first.Total.ConstraintsAdded));
        Assert.True(second.Total.CreatedNothing);
        Assert.Equal(["constraints", "Person entities", "Organization entities", "documents", "MENTIONS links", "FOUNDED relationships"],
            second.Steps.Select(s => s.Name));
        Assert.Equal(6 + 5, server.Requests.Count / 2);
    }

    [Fact]
    public async Task Batches_follow_the_batch_size_and_progress_counts_every_row()
    {
        var database = new SimulatedNeo4j();
        using var server = new FakeNeo4jServer((request, _) => database.Answer(request));
        var graph = new KnowledgeGraph([], Enumerable.Range(0, 5).Select(i => Some.Person($"p{i}", "P")), []);
        var progress = new List<LoadProgress>();

        var summary = await Writer(server).WriteAsync(Plan(graph), batchSize: 2, progress: new SyncProgress(progress));

        Assert.Equal([new("Person entities", 2, 5), new("Person entities", 4, 5), new LoadProgress("Person entities", 5, 5)], progress);
        Assert.Equal(new StepSummary("Person entities", 5, 3, new QueryCounters { NodesCreated = 5 }), summary.Steps[1]);
    }

    [Fact]
    public async Task A_connection_dropped_mid_load_is_resumed_and_leaves_no_duplicates()
    {
        var database = new SimulatedNeo4j();
        // The fourth data request is applied but its answer is lost, as when a connection drops after commit.
        using var server = new FakeNeo4jServer((request, i) =>
        {
            var reply = database.Answer(request);
            return i == 6 + 3 ? FakeNeo4jServer.Drop() : reply;
        });
        var graph = new KnowledgeGraph([], Enumerable.Range(0, 10).Select(i => Some.Person($"p{i}", "P")), []);

        var summary = await Writer(server).WriteAsync(Plan(graph), batchSize: 2);

        Assert.Equal(6 + 5 + 1, server.Requests.Count);
        Assert.Equal(server.Requests[9].Body, server.Requests[10].Body);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"p{i}"), database.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(8, summary.Total.NodesCreated); // the lost answer's two nodes already existed when it was resent
    }

    [Fact]
    public async Task A_batch_the_server_refuses_stops_the_load_with_its_error_and_nothing_after_it_is_sent()
    {
        var database = new SimulatedNeo4j();
        // The third data request is refused; the writer builds the fourth meanwhile but must not send it.
        using var server = new FakeNeo4jServer((request, i) => i == 6 + 2
            ? FakeNeo4jServer.Json(400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"no"}]}""")
            : database.Answer(request));
        var graph = new KnowledgeGraph([], Enumerable.Range(0, 10).Select(i => Some.Person($"p{i}", "P")), []);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Writer(server).WriteAsync(Plan(graph), batchSize: 2));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(6 + 3, server.Requests.Count);
        Assert.Contains("\"p4\"", server.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Equal(["p0", "p1", "p2", "p3"], database.Nodes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_row_that_cannot_be_sent_stops_the_load_after_the_batches_before_it()
    {
        var database = new SimulatedNeo4j();
        using var server = new FakeNeo4jServer((request, _) => database.Answer(request));
        var people = Enumerable.Range(0, 10).Select(i => Some.Person($"p{i}", "P")).ToList();
        people[5] = people[5] with { Props = new Dictionary<string, Scalar> { ["score"] = double.NaN } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Writer(server).WriteAsync(Plan(new KnowledgeGraph([], people, [])), batchSize: 2));

        Assert.Equal("Neo4j parameters cannot hold the number NaN", error.Message);
        Assert.Equal(6 + 2, server.Requests.Count);
        Assert.Equal(["p0", "p1", "p2", "p3"], database.Nodes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Prune_removes_only_KGraph_items_that_left_the_YAML_and_spares_foreign_ones()
    {
        var database = new SimulatedNeo4j();
        database.Nodes["someone-elses"] = false;
        using var server = new FakeNeo4jServer((request, _) => database.Answer(request));
        var full = Some.SmallGraph();
        await Writer(server).WriteAsync(Plan(full));
        var smaller = new KnowledgeGraph(full.Documents, full.Entities.Where(e => e.Id != "acme"), []);

        var summary = await Writer(server).WriteAsync(Plan(smaller), prune: true);

        Assert.Equal(new QueryCounters { NodesDeleted = 1, RelationshipsDeleted = 1 }, summary.Steps[^1].Counters);
        Assert.Equal(["ann", "doc-1", "someone-elses"], database.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["mentions.doc-1.ann"], database.Relationships.Keys);
    }

    private sealed class SyncProgress(List<LoadProgress> seen) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => seen.Add(value);
    }
}
