using KGraph.Analysis.Views;

namespace KGraph.Analysis.Bench;

/// <summary>The two benchmark graphs: uniform random arcs, and preferential attachment with hubs.</summary>
internal static class GraphGenerator
{
    public static List<GraphEdge> Uniform(int vertices, int edges, int seed)
    {
        var random = new Random(seed);
        var list = new List<GraphEdge>(edges);
        while (list.Count < edges)
        {
            var u = random.Next(vertices);
            var v = random.Next(vertices);
            if (u != v) list.Add(new GraphEdge(u, v));
        }
        return list;
    }

    /// <summary>
    /// Each new vertex links to <c>edges / vertices</c> targets, picked by copying a random
    /// endpoint of an earlier arc (probability proportional to degree), so degrees follow a power law.
    /// </summary>
    public static List<GraphEdge> PowerLaw(int vertices, int edges, int seed)
    {
        var random = new Random(seed);
        var perVertex = edges / vertices;
        var list = new List<GraphEdge>(edges);
        var endpoints = new List<int>(2 * edges);
        for (var v = 1; v <= perVertex; v++)
        {
            list.Add(new GraphEdge(v, 0));
            endpoints.Add(v);
            endpoints.Add(0);
        }
        for (var v = perVertex + 1; v < vertices && list.Count < edges; v++)
        {
            for (var j = 0; j < perVertex && list.Count < edges; j++)
            {
                var target = endpoints[random.Next(endpoints.Count)];
                if (target == v) continue;
                list.Add(new GraphEdge(v, target));
                endpoints.Add(v);
                endpoints.Add(target);
            }
        }
        while (list.Count < edges)
        {
            var u = random.Next(vertices);
            var t = endpoints[random.Next(endpoints.Count)];
            if (u != t) list.Add(new GraphEdge(u, t));
        }
        return list;
    }
}
