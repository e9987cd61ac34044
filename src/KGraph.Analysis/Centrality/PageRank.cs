using KGraph.Analysis.Views;

namespace KGraph.Analysis.Centrality;

/// <summary>
/// PageRank by power iteration over the directed arcs, computed the way NetworkX does:
/// uniform start and teleport, parallel arcs add weight, and the rank of vertices with no
/// out-arcs (dangling) is spread uniformly over all vertices. QuikGraph's PageRankAlgorithm
/// is quadratic in out-degree, never stops early and drops dangling rank, so it is not used.
/// </summary>
public static class PageRank
{
    public static PageRankResult Compute(CompactGraph graph, PageRankOptions? options = null)
    {
        options ??= PageRankOptions.Default;
        var n = graph.VertexCount;
        if (n == 0) return new PageRankResult([], 0, true, 0, options);

        var d = options.Damping;
        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        var residual = double.PositiveInfinity;
        var iterations = 0;
        while (iterations < options.MaxIterations && residual >= options.Tolerance)
        {
            iterations++;
            var dangling = 0.0;
            Array.Clear(next);
            for (var u = 0; u < n; u++)
            {
                var degree = graph.OutStart[u + 1] - graph.OutStart[u];
                if (degree == 0)
                {
                    dangling += x[u];
                    continue;
                }
                var share = x[u] / degree;
                for (var i = graph.OutStart[u]; i < graph.OutStart[u + 1]; i++) next[graph.OutTarget[i]] += share;
            }
            var jump = (d * dangling + (1 - d)) / n;
            residual = 0;
            for (var v = 0; v < n; v++)
            {
                var value = d * next[v] + jump;
                residual += Math.Abs(value - x[v]);
                next[v] = value;
            }
            (x, next) = (next, x);
        }
        return new PageRankResult(x, iterations, residual < options.Tolerance, residual, options);
    }
}
