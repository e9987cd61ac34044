using KGraph.Analysis.Components;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Communities;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the undirected weighted view: move
/// vertices to the neighbouring community with the best modularity gain until nothing moves,
/// merge each community into one vertex, repeat. Vertices are visited in index (entity id)
/// order and ties keep the current community, so the result is deterministic.
/// </summary>
public static class Louvain
{
    private const double MinGain = 1e-12;
    private const int MaxPassesPerLevel = 1000;

    /// <summary>A pass of moves that raises modularity by less than this ends the level (as NetworkX's threshold).</summary>
    private const double MinPassImprovement = 1e-7;

    public static CommunityResult Detect(CompactGraph graph, double resolution = 1.0)
    {
        var n = graph.VertexCount;
        var membership = new int[n];
        for (var v = 0; v < n; v++) membership[v] = v;

        var level = LevelGraph.From(graph);
        var levels = 0;
        while (true)
        {
            var (communityOf, count, moved) = MoveVertices(level, resolution);
            if (!moved) break;
            levels++;
            for (var v = 0; v < n; v++) membership[v] = communityOf[membership[v]];
            level = level.Aggregate(communityOf, count);
        }
        return new CommunityResult(new Partition(membership), Modularity.Compute(graph, membership, resolution), levels);
    }

    /// <summary>One level of local moves; returns communities renumbered 0..count-1.</summary>
    private static (int[] CommunityOf, int Count, bool Moved) MoveVertices(LevelGraph g, double resolution)
    {
        var n = g.VertexCount;
        var community = new int[n];
        var total = new double[n];
        for (var v = 0; v < n; v++)
        {
            community[v] = v;
            total[v] = g.Degree[v];
        }
        var m2 = g.TotalDegree;
        var weightTo = new double[n];
        var touched = new List<int>();
        var movedAny = false;
        if (m2 > 0)
        {
            for (var pass = 0; pass < MaxPassesPerLevel; pass++)
            {
                var moves = 0;
                var improvement = 0.0;
                for (var v = 0; v < n; v++)
                {
                    var own = community[v];
                    var k = g.Degree[v];
                    for (var i = g.Start[v]; i < g.Start[v + 1]; i++)
                    {
                        var u = g.Neighbor[i];
                        if (u == v) continue;
                        var c = community[u];
                        if (weightTo[c] == 0) touched.Add(c);
                        weightTo[c] += g.Weight[i];
                    }
                    total[own] -= k;
                    var best = own;
                    var stayGain = weightTo[own] - resolution * total[own] * k / m2;
                    var bestGain = stayGain;
                    foreach (var c in touched)
                    {
                        var gain = weightTo[c] - resolution * total[c] * k / m2;
                        if (gain > bestGain + MinGain || (gain > bestGain - MinGain && c == own))
                        {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    total[best] += k;
                    if (best != own)
                    {
                        community[v] = best;
                        moves++;
                        improvement += 2 * (bestGain - stayGain) / m2;
                    }
                    foreach (var c in touched) weightTo[c] = 0;
                    touched.Clear();
                }
                if (moves == 0) break;
                movedAny = true;
                // Late passes on graphs without clear structure shuffle vertices for tiny gains.
                if (improvement < MinPassImprovement) break;
            }
        }

        var renumber = new int[n];
        Array.Fill(renumber, -1);
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            if (renumber[community[v]] < 0) renumber[community[v]] = count++;
            community[v] = renumber[community[v]];
        }
        return (community, count, movedAny);
    }

    /// <summary>Weighted undirected rows; a self-loop is one entry whose weight counts twice in the degree.</summary>
    private sealed class LevelGraph(int[] start, int[] neighbor, double[] weight)
    {
        public int[] Start { get; } = start;
        public int[] Neighbor { get; } = neighbor;
        public double[] Weight { get; } = weight;
        public int VertexCount => Start.Length - 1;
        public double[] Degree { get; } = Degrees(start, neighbor, weight);
        public double TotalDegree => Degree.Sum();

        public static LevelGraph From(CompactGraph graph) => new(graph.AdjacencyStart, graph.Adjacency, graph.AdjacencyWeight);

        public LevelGraph Aggregate(int[] communityOf, int count)
        {
            var rows = new Dictionary<int, double>[count];
            for (var c = 0; c < count; c++) rows[c] = [];
            for (var v = 0; v < VertexCount; v++)
            {
                var cv = communityOf[v];
                for (var i = Start[v]; i < Start[v + 1]; i++)
                {
                    var u = Neighbor[i];
                    var cu = communityOf[u];
                    // An inner pair is seen from both ends; a self-loop once.
                    var w = cu == cv && u != v ? Weight[i] / 2 : Weight[i];
                    rows[cv][cu] = rows[cv].GetValueOrDefault(cu) + w;
                }
            }
            var start = new int[count + 1];
            for (var c = 0; c < count; c++) start[c + 1] = start[c] + rows[c].Count;
            var neighbor = new int[start[count]];
            var weight = new double[start[count]];
            for (var c = 0; c < count; c++)
            {
                var i = start[c];
                foreach (var (u, w) in rows[c].OrderBy(p => p.Key))
                {
                    neighbor[i] = u;
                    weight[i++] = w;
                }
            }
            return new LevelGraph(start, neighbor, weight);
        }

        private static double[] Degrees(int[] start, int[] neighbor, double[] weight)
        {
            var degree = new double[start.Length - 1];
            for (var v = 0; v < degree.Length; v++)
            {
                for (var i = start[v]; i < start[v + 1]; i++) degree[v] += neighbor[i] == v ? 2 * weight[i] : weight[i];
            }
            return degree;
        }
    }
}
