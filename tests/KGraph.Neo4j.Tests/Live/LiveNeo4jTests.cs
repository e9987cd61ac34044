using System.Text.RegularExpressions;
using KGraph.Neo4j.Http;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Live;

/// <summary>
/// Against the server in NEO4J_URI. Uses ids starting with <see cref="Prefix"/> and deletes
/// exactly those before and after, so it can run against a database holding other data.
/// </summary>
public sealed class LiveNeo4jTests
{
    private const string Prefix = "kgraph-live-test-";

    private static Neo4jQueryApiClient Client() => new(Neo4jQueryApiClient.CreateHttpClient(), Neo4jConnectionSettings.FromEnvironment());

    private static Task<QueryResult> CleanUp(Neo4jQueryApiClient client) => client.RunAsync(
        "MATCH (n) WHERE (n:Entity OR n:Document) AND n.id STARTS WITH $prefix DETACH DELETE n",
        new Dictionary<string, object?> { ["prefix"] = Prefix });

    [LiveNeo4jFact]
    public async Task Loading_twice_creates_everything_once_and_hostile_names_round_trip()
    {
        var client = Client();
        Assert.NotNull(await client.ProbeAsync());
        await CleanUp(client);
        var graph = Some.EveryType(GraphVocabulary.BuiltIn, Prefix);
        var plan = Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn);
        try
        {
            var first = await new Neo4jGraphWriter(client).WriteAsync(plan, batchSize: 3);
            var second = await new Neo4jGraphWriter(client).WriteAsync(plan, batchSize: 3);

            var mentions = graph.Entities.Sum(e => e.Mentions.Select(m => m.Doc).Distinct().Count());
            Assert.Equal(graph.Entities.Count + graph.Documents.Count, first.Total.NodesCreated);
            Assert.Equal(graph.Relationships.Count + mentions, first.Total.RelationshipsCreated);
            Assert.True(second.Total.CreatedNothing, second.Total.ToString());

            var counts = await client.RunAsync(
                "MATCH (n) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships",
                new Dictionary<string, object?> { ["prefix"] = Prefix });
            Assert.Equal(graph.Entities.Count + graph.Documents.Count, counts.Values[0][0].GetInt64());
            Assert.Equal(graph.Relationships.Count + mentions, counts.Values[0][1].GetInt64());

            foreach (var entity in graph.Entities)
            {
                var name = await client.RunAsync("MATCH (n:Entity {id: $id}) RETURN n.name, n.aliases", new Dictionary<string, object?> { ["id"] = entity.Id });
                Assert.Equal(entity.Name, name.Values[0][0].GetString());
                Assert.Equal(entity.Aliases, name.Values[0][1].EnumerateArray().Select(a => a.GetString()));
            }
        }
        finally
        {
            await CleanUp(client);
        }
    }

    [LiveNeo4jFact]
    public async Task Every_saved_query_runs()
    {
        var client = Client();
        await CleanUp(client);
        var graph = Some.EveryType(GraphVocabulary.BuiltIn, Prefix);
        try
        {
            await new Neo4jGraphWriter(client).WriteAsync(Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn));
            var text = File.ReadAllText(RepositoryFiles.PathOf("visualizations", "queries.cypher"));
            var queries = Regex.Split(text, @";\s*$", RegexOptions.Multiline).Where(q => q.Contains("RETURN", StringComparison.Ordinal)).ToList();
            var parameters = new Dictionary<string, object?>
            {
                ["entity"] = graph.Entities[0].Id,
                ["from"] = graph.Entities[0].Id,
                ["to"] = graph.Entities[1].Id,
                ["since"] = "2020",
                ["until"] = "2030",
                ["fact"] = graph.Relationships[0].Id,
                ["text"] = "it",
            };

            foreach (var query in queries)
                await client.RunAsync(query, parameters.Where(p => query.Contains("$" + p.Key, StringComparison.Ordinal)).ToDictionary());

            Assert.Equal(14, queries.Count);
        }
        finally
        {
            await CleanUp(client);
        }
    }
}
