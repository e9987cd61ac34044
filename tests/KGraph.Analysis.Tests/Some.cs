using KGraph.Analysis.Views;
using KGraph.Model;

namespace KGraph.Analysis.Tests;

/// <summary>Small fixtures for analysis tests.</summary>
internal static class Some
{
    /// <summary>Edges written "0-1" (symmetric, both ways) or "0>1" (one way) over vertices 0..n-1.</summary>
    public static CompactGraph Compact(int vertexCount, params string[] edges) =>
        CompactGraph.FromEdges(vertexCount, edges.Select(ParseEdge).ToList());

    private static GraphEdge ParseEdge(string text)
    {
        var symmetric = text.Contains('-');
        var parts = text.Split('-', '>');
        return new GraphEdge(int.Parse(parts[0]), int.Parse(parts[1]), symmetric);
    }

    public static Entity Person(string id, string name, params string[] aliases) =>
        new() { Id = id, Type = "Person", Name = name, Aliases = aliases };

    public static Entity Organization(string id, string name, params string[] aliases) =>
        new() { Id = id, Type = "Organization", Name = name, Aliases = aliases };

    public static Relationship Relationship(
        string from, string type, string to,
        string? start = null, string? end = null,
        double? confidence = null,
        RelationshipStatus status = RelationshipStatus.Reviewed,
        params Evidence[] evidence) =>
        new()
        {
            Id = RelationshipId.For(from, type, to, start is null ? null : PartialDate.Parse(start), symmetric: false),
            From = from,
            Type = type,
            To = to,
            Start = start is null ? null : PartialDate.Parse(start),
            End = end is null ? null : PartialDate.Parse(end),
            Confidence = confidence,
            Status = status,
            Evidence = evidence,
        };

    public static KnowledgeGraph Graph(IEnumerable<Entity> entities, params Relationship[] relationships) =>
        new([], entities, relationships);
}
