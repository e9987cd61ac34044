using KGraph.Analysis.Views;
using QuikGraph.Algorithms.ConnectedComponents;

namespace KGraph.Analysis.Components;

public static class ConnectedComponents
{
    /// <summary>Weakly connected components by union-find over the compact arrays (linear, no recursion).</summary>
    public static Partition Weak(CompactGraph graph)
    {
        var n = graph.VertexCount;
        var parent = new int[n];
        for (var v = 0; v < n; v++) parent[v] = v;
        for (var v = 0; v < n; v++)
        {
            foreach (var w in graph.Neighbors(v))
            {
                var a = Find(parent, v);
                var b = Find(parent, w);
                if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
        var label = new int[n];
        for (var v = 0; v < n; v++) label[v] = Find(parent, v);
        return new Partition(label);
    }

    /// <summary>Strongly connected components of the directed view, by QuikGraph (Tarjan).</summary>
    public static Partition Strong(GraphView view)
    {
        var algorithm = new StronglyConnectedComponentsAlgorithm<string, QuikGraph.TaggedEdge<string, Model.Relationship>>(view.ToDirected());
        algorithm.Compute();
        var label = new int[view.Entities.Count];
        foreach (var (id, component) in algorithm.Components) label[view.IndexOf(id)] = component;
        return new Partition(label);
    }

    private static int Find(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
