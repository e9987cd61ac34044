using System.Globalization;
using System.Text.Json;

namespace KGraph.Neo4j.Tests.Loading;

/// <summary>
/// Answers KGraph's own statement shapes the way Neo4j would for counters: MERGE creates a
/// node or relationship only for a new id, prune deletes managed items not in $ids. Enough to
/// check what the writer sends and how it adds up counters; real semantics are checked live.
/// </summary>
internal sealed class SimulatedNeo4j
{
    public Dictionary<string, bool> Nodes { get; } = new(StringComparer.Ordinal); // id -> managed
    public Dictionary<string, (string From, string To)> Relationships { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Constraints { get; } = new(StringComparer.Ordinal);

    public FakeNeo4jServer.Reply Answer(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var statement = body.RootElement.GetProperty("statement").GetString()!;
        var parameters = body.RootElement.GetProperty("parameters");
        long nodesCreated = 0, relationshipsCreated = 0, nodesDeleted = 0, relationshipsDeleted = 0, constraintsAdded = 0;
        if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
        {
            constraintsAdded = Constraints.Add(statement) ? 1 : 0;
        }
        else if (statement.Contains("NOT r.id IN $ids", StringComparison.Ordinal))
        {
            var keep = Ids(parameters);
            foreach (var id in Relationships.Keys.Where(id => !keep.Contains(id)).ToList()) { Relationships.Remove(id); relationshipsDeleted++; }
        }
        else if (statement.Contains("NOT n.id IN $ids", StringComparison.Ordinal))
        {
            var keep = Ids(parameters);
            var used = Relationships.Values.SelectMany(r => new[] { r.From, r.To }).ToHashSet(StringComparer.Ordinal);
            foreach (var id in Nodes.Where(n => n.Value && !keep.Contains(n.Key)
                && !used.Contains(n.Key)).Select(n => n.Key).ToList()) { Nodes.Remove(id); nodesDeleted++; }
        }
        else
        {
            foreach (var row in parameters.GetProperty("rows").EnumerateArray())
            {
                var id = row.GetProperty("props").GetProperty("id").GetString()!;
                if (statement.Contains("MERGE (n:Entity", StringComparison.Ordinal) || statement.Contains("MERGE (d:Document", StringComparison.Ordinal))
                    nodesCreated += Nodes.TryAdd(id, true) ? 1 : 0;
                else if (row.TryGetProperty("doc", out var doc))
                    relationshipsCreated += Relationships.TryAdd(id, (doc.GetString()!, row.GetProperty("entity").GetString()!)) ? 1 : 0;
                else
                    relationshipsCreated += Relationships.TryAdd(id, (row.GetProperty("from").GetString()!, row.GetProperty("to").GetString()!)) ? 1 : 0;
            }
        }
        return FakeNeo4jServer.Json(202, string.Create(CultureInfo.InvariantCulture,
            $$"""{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":{{nodesCreated}},"nodesDeleted":{{nodesDeleted}},"relationshipsCreated":""" +
            $$"""{{relationshipsCreated}},"relationshipsDeleted":{{relationshipsDeleted}},"constraintsAdded":{{constraintsAdded}}},"bookmarks":[]}"""));
    }

    private static HashSet<string> Ids(JsonElement parameters) =>
        parameters.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
}
