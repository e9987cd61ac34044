using System.Globalization;
using KGraph.Analysis.Views;
using KGraph.Model;

namespace KGraph.Analysis.Bench;

/// <summary>
/// The benchmark edges as a resolved graph (organizations e0000000…, one directed relationship per
/// edge, so strong components can be checked against the references'), for the steps around the
/// algorithms that work on entities.
/// </summary>
internal static class SyntheticKnowledgeGraph
{
    public static KnowledgeGraph FromEdges(int vertices, IReadOnlyList<GraphEdge> edges)
    {
        var entities = new Entity[vertices];
        for (var v = 0; v < vertices; v++) entities[v] = new Entity
        {
            Id = Id(v),
            Type = "Organization",
            Name = "Organization " + v.ToString(CultureInfo.InvariantCulture),
        };
        var relationships = new Relationship[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            relationships[i] = new Relationship
            {
                Id = "r" + i.ToString("D8", CultureInfo.InvariantCulture),
                From = Id(edges[i].From),
                Type = "INVESTED_IN",
                To = Id(edges[i].To),
                Confidence = 0.9,
                Status = RelationshipStatus.Extracted,
            };
        }
        return new KnowledgeGraph([], entities, relationships);
    }

    private static string Id(int v) => "e" + v.ToString("D7", CultureInfo.InvariantCulture);
}
