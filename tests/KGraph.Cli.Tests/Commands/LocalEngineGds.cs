using System.Text;
using System.Text.Json;
using KGraph.Analysis;
using KGraph.Analysis.Reports;
using KGraph.Model;
using KGraph.Neo4j.Gds;
using KGraph.Vocabulary;

namespace KGraph.Cli.Tests.Commands;

/// <summary>
/// A Neo4j with Graph Data Science as the Query API shows it, whose numbers are the LOCAL
/// engine's: on each projection it analyses the entities and relationships sent by id, and
/// answers every GDS statement in GDS's own terms (raw halved betweenness, arbitrary component
/// and community labels). <see cref="FailAt"/> makes one statement fail.
/// </summary>
internal sealed class LocalEngineGds(KnowledgeGraph graph, GraphVocabulary vocabulary)
{
    public const string Discovery = """{"query":"http://localhost:7474/db/{databaseName}/query/v2","neo4j_version":"5.26.2","neo4j_edition":"community"}""";
    private AnalysisReport? _report;

    /// <summary>A statement fragment (e.g. "gds.louvain") whose request fails with a GDS error.</summary>
    public string? FailAt { get; init; }
    public bool WithoutGds { get; init; }
    public List<JsonElement> WrittenRows { get; } = [];

    public FakeNeo4jServer.Reply Answer(RecordedRequest request)
    {
        if (request.Method == "GET") return FakeNeo4jServer.Json(200, Discovery);
        using var body = JsonDocument.Parse(request.Body);
        var statement = body.RootElement.GetProperty("statement").GetString()!;
        var parameters = body.RootElement.GetProperty("parameters");
        if (WithoutGds && statement.Contains("gds.", StringComparison.Ordinal))
            return Error("Neo.ClientError.Statement.SyntaxError", "Unknown function 'gds.version' (line 1, column 8 (offset: 7))");
        if (FailAt is { } fragment && statement.Contains(fragment, StringComparison.Ordinal))
            return Error("Neo.ClientError.Procedure.ProcedureCallFailed", $"Failed to invoke {fragment}: out of heap");
        if (statement == GdsStatements.Version()) return Rows(["version"], [["2.13.2"]]);
        if (statement.Contains("gds.graph.project", StringComparison.Ordinal))
        {
            _report = Analyse(Ids(parameters, "entities"), Ids(parameters, "relationships"));
            var compact = _report.View.Compact;
            return statement.Contains("startNode(r)", StringComparison.Ordinal)
                ? Rows(["nodes", "arcs"], [[compact.VertexCount, Enumerable.Range(0, compact.VertexCount).Sum(compact.OutDegree)]])
                : Rows(["nodes", "relationships"], [[compact.VertexCount, _report.View.Relationships.Count]]);
        }
        var report = _report!;
        if (statement.Contains("gds.pageRank.mutate", StringComparison.Ordinal)) return Rows(["ranIterations", "didConverge"],
            [[report.PageRank.Iterations, report.PageRank.Converged]]);
        if (statement.Contains("gds.betweenness.mutate", StringComparison.Ordinal)) return Rows(["nodePropertiesWritten"], [[report.Entities.Count]]);
        if (statement.Contains("gds.wcc.mutate", StringComparison.Ordinal)) return Rows(["componentCount"], [[report.Components.Count]]);
        if (statement.Contains("gds.louvain.mutate", StringComparison.Ordinal)) return Rows(["ranLevels", "modularity"],
            [[report.Communities.Levels, report.Communities.Modularity]]);
        if (statement.Contains("gds.graph.nodeProperties.stream", StringComparison.Ordinal))
        {
            var n = report.Entities.Count;
            // GDS's labels are node ids: arbitrary numbers, here the reverse of KGraph's order.
            return Rows(["id", "property", "value"], statement.Contains(GdsStatements.PageRankProperty, StringComparison.Ordinal)
                ? report.Entities.Select(e => new object[] { e.Entity.Id, GdsStatements.PageRankProperty, e.PageRank })
                : report.Entities.SelectMany(e => new[]
                {
                    new object[] { e.Entity.Id, GdsStatements.BetweennessProperty, RawBetweenness(e.Betweenness, n) },
                    [e.Entity.Id, GdsStatements.ComponentProperty, 1000L - e.Component],
                    [e.Entity.Id, GdsStatements.CommunityProperty, 5000L + 3L * (n - e.Community)],
                }));
        }
        if (statement == GdsStatements.Drop()) return Rows(["graphName"], [[parameters.GetProperty("graph").GetString()!]]);
        if (statement == GdsStatements.WriteScores())
        {
            foreach (var row in parameters.GetProperty("rows").EnumerateArray()) WrittenRows.Add(row.Clone());
            return FakeNeo4jServer.Json(202, $$"""{"data":{"fields":[],"values":[]},"counters":""" +
                $$"""{"propertiesSet":{{4 * parameters.GetProperty("rows").GetArrayLength()}}},"bookmarks":[]}""");
        }
        return Error("Neo.ClientError.Statement.SyntaxError", "not expected: " + statement);
    }

    private AnalysisReport Analyse(HashSet<string> entities, HashSet<string> relationships) => GraphAnalyzer.Analyze(
        new KnowledgeGraph(graph.Documents, graph.Entities.Where(e => entities.Contains(e.Id)), graph.Relationships.Where(r => relationships.Contains(r.Id))),
        vocabulary);

    /// <summary>The raw count GDS would report for the local share of pairs: the value KGraph's conversion turns back into exactly that share.</summary>
    private static double RawBetweenness(double share, int n)
    {
        if (share == 0) return 0;
        var raw = share * ((n - 1.0) * (n - 2.0)) / 2;
        for (var i = 0; i < 100; i++)
        {
            var back = GdsBetweenness.ToShareOfPairs(raw, n, n);
            if (back == share) return raw;
            raw = back < share ? Math.BitIncrement(raw) : Math.BitDecrement(raw);
        }
        throw new InvalidOperationException($"no raw betweenness gives {share}");
    }

    private static HashSet<string> Ids(JsonElement parameters, string name) =>
        parameters.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static FakeNeo4jServer.Reply Error(string code, string message) =>
        FakeNeo4jServer.Json(400, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    private static FakeNeo4jServer.Reply Rows(string[] fields, IEnumerable<object[]> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartArray("fields");
            foreach (var f in fields) json.WriteStringValue(f);
            json.WriteEndArray();
            json.WriteStartArray("values");
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var value in row) JsonSerializer.Serialize(json, value);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("bookmarks");
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return FakeNeo4jServer.Json(202, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
