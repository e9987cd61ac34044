using KGraph.Analysis.Views;

namespace KGraph.Analysis.Communities;

/// <summary>
/// Newman modularity of a partition of the undirected weighted view, as NetworkX defines it:
/// Σ_c [ L_c / m − γ (d_c / 2m)² ], L_c the weight inside community c (a self-loop once),
/// d_c its total degree (a self-loop twice), m the total weight. 0 for a graph without edges.
/// </summary>
public static class Modularity
{
    public static double Compute(CompactGraph graph, int[] communityOf, double resolution = 1.0)
    {
        var communities = communityOf.Length == 0 ? 0 : communityOf.Max() + 1;
        var inside = new double[communities];
        var degree = new double[communities];
        var m = 0.0;
        for (var v = 0; v < graph.VertexCount; v++)
        {
            var c = communityOf[v];
            for (var i = graph.AdjacencyStart[v]; i < graph.AdjacencyStart[v + 1]; i++)
            {
                var w = graph.AdjacencyWeight[i];
                var u = graph.Adjacency[i];
                // A pair appears in both rows, a self-loop in one: count each edge's weight once.
                var share = u == v ? w : w / 2;
                m += share;
                degree[c] += u == v ? 2 * w : w;
                if (communityOf[u] == c) inside[c] += share;
            }
        }
        if (m == 0) return 0;
        var q = 0.0;
        for (var c = 0; c < communities; c++) q += inside[c] / m - resolution * Math.Pow(degree[c] / (2 * m), 2);
        return q;
    }
}
