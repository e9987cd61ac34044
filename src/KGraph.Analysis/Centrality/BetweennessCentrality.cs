using KGraph.Analysis.Views;

namespace KGraph.Analysis.Centrality;

/// <summary>
/// Brandes' algorithm over the undirected view with unit lengths; parallel edges and
/// self-loops do not change shortest paths. Sources are split into a fixed number of chunks
/// summed in order, so results are identical whatever the number of threads.
/// </summary>
public static class BetweennessCentrality
{
    private const int Chunks = 16;

    public static BetweennessResult Exact(CompactGraph graph, int maxDegreeOfParallelism = -1)
    {
        var sources = Enumerable.Range(0, graph.VertexCount).ToArray();
        return new BetweennessResult(Accumulate(graph, sources, maxDegreeOfParallelism), sources.Length, Exact: true, Seed: null);
    }

    /// <summary>Brandes from <paramref name="pivots"/> sources drawn with a seeded generator; exact when pivots ≥ n.</summary>
    public static BetweennessResult Sampled(CompactGraph graph, int pivots, int seed = 42, int maxDegreeOfParallelism = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pivots);
        var n = graph.VertexCount;
        if (pivots >= n) return Exact(graph, maxDegreeOfParallelism);
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < pivots; i++)
        {
            var j = random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var sources = order[..pivots];
        Array.Sort(sources);
        var scores = Accumulate(graph, sources, maxDegreeOfParallelism);
        var scale = (double)n / pivots;
        for (var v = 0; v < n; v++) scores[v] *= scale;
        return new BetweennessResult(scores, pivots, Exact: false, Seed: seed);
    }

    private static double[] Accumulate(CompactGraph graph, int[] sources, int maxDegreeOfParallelism)
    {
        var n = graph.VertexCount;
        var chunkCount = Math.Min(Chunks, Math.Max(1, sources.Length));
        var partial = new double[chunkCount][];
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
        {
            var state = new BrandesState(n);
            for (var i = chunk; i < sources.Length; i += chunkCount) state.AddSource(graph, sources[i]);
            partial[chunk] = state.Centrality;
        });

        var scores = new double[n];
        foreach (var part in partial)
        {
            for (var v = 0; v < n; v++) scores[v] += part[v];
        }
        // Each unordered pair was counted from both ends when all sources are used: the
        // NetworkX normalisation 1/((n-1)(n-2)) turns the sum into a share of pairs.
        var scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0;
        for (var v = 0; v < n; v++) scores[v] *= scale;
        return scores;
    }

    private sealed class BrandesState(int n)
    {
        private readonly int[] _distance = CreateFilled(n, -1);
        private readonly double[] _sigma = new double[n];
        private readonly double[] _delta = new double[n];
        private readonly int[] _order = new int[n];

        public double[] Centrality { get; } = new double[n];

        public void AddSource(CompactGraph graph, int source)
        {
            var adjacency = graph.Adjacency;
            var start = graph.AdjacencyStart;
            _distance[source] = 0;
            _sigma[source] = 1;
            var head = 0;
            var tail = 0;
            _order[tail++] = source;
            while (head < tail)
            {
                var v = _order[head++];
                var next = _distance[v] + 1;
                for (var i = start[v]; i < start[v + 1]; i++)
                {
                    var w = adjacency[i];
                    if (_distance[w] < 0)
                    {
                        _distance[w] = next;
                        _order[tail++] = w;
                    }
                    if (_distance[w] == next) _sigma[w] += _sigma[v];
                }
            }
            // Walk back in reverse BFS order; successors are the neighbours one step further.
            for (var k = tail - 1; k >= 0; k--)
            {
                var v = _order[k];
                var next = _distance[v] + 1;
                var sum = 0.0;
                for (var i = start[v]; i < start[v + 1]; i++)
                {
                    var w = adjacency[i];
                    if (_distance[w] == next) sum += (1 + _delta[w]) / _sigma[w];
                }
                _delta[v] = _sigma[v] * sum;
                if (v != source) Centrality[v] += _delta[v];
            }
            for (var k = 0; k < tail; k++)
            {
                var v = _order[k];
                _distance[v] = -1;
                _sigma[v] = 0;
                _delta[v] = 0;
            }
        }

        private static int[] CreateFilled(int length, int value)
        {
            var array = new int[length];
            Array.Fill(array, value);
            return array;
        }
    }
}
