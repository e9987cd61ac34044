using KGraph.Analysis.Views;

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

    /// <summary>
    /// Strongly connected components over the directed arcs (a symmetric relationship counts both
    /// ways), by Tarjan's algorithm with an explicit stack: linear, no recursion on long chains.
    /// </summary>
    public static Partition Strong(CompactGraph graph)
    {
        var n = graph.VertexCount;
        var index = new int[n];
        var low = new int[n];
        var label = new int[n];
        Array.Fill(index, -1);
        var onStack = new bool[n];
        var stack = new int[n];
        var stackSize = 0;
        var callVertex = new int[n];
        var callArc = new int[n];
        var next = 0;
        var components = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            var depth = 0;
            callVertex[0] = root;
            callArc[0] = graph.OutStart[root];
            index[root] = low[root] = next++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0)
            {
                var v = callVertex[depth];
                if (callArc[depth] < graph.OutStart[v + 1])
                {
                    var w = graph.OutTarget[callArc[depth]++];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = next++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callArc[depth] = graph.OutStart[w];
                    }
                    else if (onStack[w] && index[w] < low[v])
                    {
                        low[v] = index[w];
                    }
                    continue;
                }
                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        label[w] = components;
                    }
                    while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0 && low[v] < low[callVertex[depth]]) low[callVertex[depth]] = low[v];
            }
        }
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
