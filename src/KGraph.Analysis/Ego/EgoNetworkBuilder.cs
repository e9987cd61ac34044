using KGraph.Analysis.Views;

namespace KGraph.Analysis.Ego;

public static class EgoNetworkBuilder
{
    /// <summary>Entities within <paramref name="depth"/> hops of the centre over the undirected view, and every kept relationship between two of them.</summary>
    public static EgoNetwork Build(GraphView view, int center, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var graph = view.Compact;
        var distance = new Dictionary<int, int> { [center] = 0 };
        var frontier = new List<int> { center };
        for (var d = 1; d <= depth && frontier.Count > 0; d++)
        {
            var next = new List<int>();
            foreach (var v in frontier)
            {
                foreach (var w in graph.Neighbors(v))
                {
                    if (distance.TryAdd(w, d)) next.Add(w);
                }
            }
            frontier = next;
        }
        var members = distance
            .OrderBy(p => p.Value).ThenBy(p => p.Key)
            .Select(p => new EgoMember(view.Entities[p.Key], p.Value))
            .ToList();
        var relationships = view.Relationships
            .Where(r => distance.ContainsKey(view.IndexOf(r.From)) && distance.ContainsKey(view.IndexOf(r.To)))
            .ToList();
        return new EgoNetwork(view.Entities[center], depth, members, relationships);
    }
}
