using KGraph.Analysis.Views;

namespace KGraph.Analysis.Centrality;

/// <summary>
/// Degrees per vertex. In and out count arcs of the directed view (a symmetric relationship is
/// one arc each way); total counts relationships touching the vertex, a self-loop twice.
/// </summary>
public sealed record DegreeResult(int[] In, int[] Out, int[] Total);

public static class DegreeCentrality
{
    public static DegreeResult Compute(CompactGraph graph)
    {
        var n = graph.VertexCount;
        var inDegree = new int[n];
        var outDegree = new int[n];
        var total = new int[n];
        for (var v = 0; v < n; v++)
        {
            outDegree[v] = graph.OutDegree(v);
            foreach (var t in graph.OutNeighbors(v)) inDegree[t]++;
            for (var i = graph.AdjacencyStart[v]; i < graph.AdjacencyStart[v + 1]; i++)
            {
                var weight = (int)graph.AdjacencyWeight[i];
                total[v] += graph.Adjacency[i] == v ? 2 * weight : weight;
            }
        }
        return new DegreeResult(inDegree, outDegree, total);
    }
}
