using System.Text.Json;

namespace KGraph.Neo4j.Http;

/// <summary>A successful Query API answer: column names, rows (plain JSON values), counters and notifications.</summary>
public sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<JsonElement>> Values,
    QueryCounters Counters,
    IReadOnlyList<string> Notifications,
    IReadOnlyList<string> Bookmarks);
