namespace KGraph.Analysis.Views;

/// <summary>
/// Integer-indexed adjacency arrays (compressed sparse rows) for the heavy algorithms; QuikGraph
/// keeps per-vertex state in dictionaries, which is too slow for a million edges.
/// Two forms of the same edges:
/// <list type="bullet">
/// <item>directed arcs: each edge once, a symmetric edge in both directions, parallel edges repeated;</item>
/// <item>undirected weighted pairs: each unordered pair once per row with the number of edges
///   joining it as weight; a self-loop appears once in its own row.</item>
/// </list>
/// </summary>
public sealed class CompactGraph
{
    private CompactGraph(int vertexCount, int edgeCount, int[] outStart, int[] outTarget, int[] adjacencyStart, int[] adjacency, double[] adjacencyWeight)
    {
        VertexCount = vertexCount;
        EdgeCount = edgeCount;
        OutStart = outStart;
        OutTarget = outTarget;
        AdjacencyStart = adjacencyStart;
        Adjacency = adjacency;
        AdjacencyWeight = adjacencyWeight;
    }

    public int VertexCount { get; }

    /// <summary>Number of edges (relationships) the graph was built from.</summary>
    public int EdgeCount { get; }

    /// <summary>Arcs leaving vertex v are <c>OutTarget[OutStart[v]..OutStart[v+1]]</c>.</summary>
    internal int[] OutStart { get; }
    internal int[] OutTarget { get; }

    /// <summary>Neighbours of v (sorted, distinct, v itself only for a self-loop) are <c>Adjacency[AdjacencyStart[v]..AdjacencyStart[v+1]]</c>.</summary>
    internal int[] AdjacencyStart { get; }
    internal int[] Adjacency { get; }
    internal double[] AdjacencyWeight { get; }

    public static CompactGraph Empty { get; } = FromEdges(0, []);

    public int OutDegree(int v) => OutStart[v + 1] - OutStart[v];

    public ReadOnlySpan<int> OutNeighbors(int v) => OutTarget.AsSpan(OutStart[v], OutDegree(v));

    public ReadOnlySpan<int> Neighbors(int v) => Adjacency.AsSpan(AdjacencyStart[v], AdjacencyStart[v + 1] - AdjacencyStart[v]);

    public static CompactGraph FromEdges(int vertexCount, IReadOnlyList<GraphEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        foreach (var e in edges)
        {
            if ((uint)e.From >= (uint)vertexCount || (uint)e.To >= (uint)vertexCount)
                throw new ArgumentOutOfRangeException(nameof(edges), $"edge {e.From}->{e.To} is outside 0..{vertexCount - 1}");
        }
        var (outStart, outTarget) = BuildArcs(vertexCount, edges);
        var (adjacencyStart, adjacency, weight) = BuildPairs(vertexCount, edges);
        return new CompactGraph(vertexCount, edges.Count, outStart, outTarget, adjacencyStart, adjacency, weight);
    }

    private static (int[] Start, int[] Target) BuildArcs(int n, IReadOnlyList<GraphEdge> edges)
    {
        var start = new int[n + 1];
        foreach (var e in edges)
        {
            start[e.From + 1]++;
            if (e.Symmetric && e.From != e.To) start[e.To + 1]++;
        }
        for (var v = 0; v < n; v++) start[v + 1] += start[v];
        var target = new int[start[n]];
        var next = start[..n];
        foreach (var e in edges)
        {
            target[next[e.From]++] = e.To;
            if (e.Symmetric && e.From != e.To) target[next[e.To]++] = e.From;
        }
        return (start, target);
    }

    private static (int[] Start, int[] Neighbor, double[] Weight) BuildPairs(int n, IReadOnlyList<GraphEdge> edges)
    {
        var rawStart = new int[n + 1];
        foreach (var e in edges)
        {
            rawStart[e.From + 1]++;
            if (e.From != e.To) rawStart[e.To + 1]++;
        }
        for (var v = 0; v < n; v++) rawStart[v + 1] += rawStart[v];
        var raw = new int[rawStart[n]];
        var next = rawStart[..n];
        foreach (var e in edges)
        {
            raw[next[e.From]++] = e.To;
            if (e.From != e.To) raw[next[e.To]++] = e.From;
        }

        // Sort each row and merge repeats into one weighted entry, compacting in place.
        var start = new int[n + 1];
        var weight = new double[raw.Length];
        var write = 0;
        for (var v = 0; v < n; v++)
        {
            start[v] = write;
            var row = raw.AsSpan(rawStart[v], rawStart[v + 1] - rawStart[v]);
            row.Sort();
            for (var i = 0; i < row.Length; i++)
            {
                if (write > start[v] && raw[write - 1] == row[i])
                {
                    weight[write - 1]++;
                    continue;
                }
                raw[write] = row[i];
                weight[write] = 1;
                write++;
            }
        }
        start[n] = write;
        return (start, raw[..write], weight[..write]);
    }
}
