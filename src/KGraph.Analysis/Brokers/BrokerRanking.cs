using KGraph.Analysis.Views;

namespace KGraph.Analysis.Brokers;

/// <summary>
/// Brokers are entities with high betweenness for few ties: ranked by betweenness divided by the
/// number of distinct neighbours, so a hub on many paths only because it touches everything
/// ranks below a quiet entity that alone joins two groups.
/// </summary>
public static class BrokerRanking
{
    public static IReadOnlyList<Broker> Rank(GraphView view, double[] betweenness, int top)
    {
        var graph = view.Compact;
        var brokers = new List<Broker>();
        for (var v = 0; v < graph.VertexCount; v++)
        {
            if (betweenness[v] <= 0) continue;
            var neighbors = 0;
            foreach (var w in graph.Neighbors(v))
            {
                if (w != v) neighbors++;
            }
            brokers.Add(new Broker(view.Entities[v], betweenness[v], neighbors, betweenness[v] / neighbors));
        }
        return brokers
            .OrderByDescending(b => b.Score)
            .ThenBy(b => b.Entity.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }
}
