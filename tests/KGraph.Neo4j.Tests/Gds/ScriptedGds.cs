using System.Text.Json;
using KGraph.Neo4j.Gds;

namespace KGraph.Neo4j.Tests.Gds;

/// <summary>
/// Answers the statements of <see cref="GdsAnalysisPlanTests.Plan"/> (a → b, b ↔ c) as GDS
/// would, in the Query API's plain JSON; <see cref="Override"/> replaces the answer to one
/// step, by its name or "drop {graph}" (an error, a different graph). Statements it does not know get a 400.
/// </summary>
internal sealed class ScriptedGds(GdsAnalysisPlan plan)
{
    public Dictionary<string, FakeNeo4jServer.Reply> Override { get; } = new(StringComparer.Ordinal);

    public static FakeNeo4jServer.Reply Rows(string fields, string values) =>
        FakeNeo4jServer.Json(202, $$"""{"data":{"fields":[{{fields}}],"values":[{{values}}]},"bookmarks":[]}""");

    public static FakeNeo4jServer.Reply Error(int status, string code, string message) =>
        FakeNeo4jServer.Json(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    public FakeNeo4jServer.Reply Answer(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var statement = body.RootElement.GetProperty("statement").GetString()!;
        var graph = body.RootElement.GetProperty("parameters").TryGetProperty("graph", out var g) ? g.GetString() : null;
        // Both drops are one statement: they are told apart by the graph they name.
        var step = statement == GdsStatements.Drop() ? $"drop {graph}" : plan.Steps.FirstOrDefault(s => s.Statement == statement)?.Name ?? "";
        if (Override.TryGetValue(step, out var replaced)) return replaced;
        return step switch
        {
            _ when step == plan.Version.Name => Rows("\"version\"", "[\"2.13.2\"]"),
            _ when step == plan.ProjectArcs.Name => Rows("\"nodes\",\"arcs\"", "[3,3]"),
            _ when step == plan.ProjectPairs.Name => Rows("\"nodes\",\"relationships\"", "[3,2]"),
            _ when step == plan.PageRank.Name => Rows("\"ranIterations\",\"didConverge\"", "[21,true]"),
            _ when step == plan.Betweenness.Name => Rows("\"nodePropertiesWritten\"", "[3]"),
            _ when step == plan.Components.Name => Rows("\"componentCount\"", "[1]"),
            _ when step == plan.Communities.Name => Rows("\"ranLevels\",\"modularity\"", "[1,0.125]"),
            _ when step == plan.StreamArcs.Name => Rows("\"id\",\"property\",\"value\"",
                """["c","kgraph_pagerank",0.4],["a","kgraph_pagerank",0.2],["b","kgraph_pagerank",0.4]"""),
            _ when step == plan.StreamPairs.Name => Rows("\"id\",\"property\",\"value\"",
                """["a","kgraph_betweenness",0.0],["b","kgraph_betweenness",1.0],["c","kgraph_betweenness",0.0],""" +
                """["a","kgraph_component",7],["b","kgraph_component",7],["c","kgraph_component",7],""" +
                """["a","kgraph_community",10],["b","kgraph_community",10],["c","kgraph_community",12]"""),
            _ when statement == GdsStatements.Drop() => Rows("\"graphName\"", $"[\"{graph}\"]"),
            _ => Error(400, "Neo.ClientError.Statement.SyntaxError", "not scripted: " + statement),
        };
    }

    /// <summary>The steps the server was asked to run, by name, in order (drops with their graph).</summary>
    public List<string> Asked(FakeNeo4jServer server) =>
        server.Requests.Where(r => r.Method == "POST").Select(r =>
        {
            using var body = JsonDocument.Parse(r.Body);
            var statement = body.RootElement.GetProperty("statement").GetString()!;
            var parameters = body.RootElement.GetProperty("parameters");
            var step = plan.Steps.Concat(plan.Drops).FirstOrDefault(s => s.Statement == statement);
            return statement == GdsStatements.Drop() ? $"drop {parameters.GetProperty("graph").GetString()}" : step?.Name ?? statement;
        }).ToList();
}
