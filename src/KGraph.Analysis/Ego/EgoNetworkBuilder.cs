using KGraph.Analysis.Paths;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Ego;

public static class EgoNetworkBuilder
{
    /// <summary>Entities within <paramref name="depth"/> hops of the centre over the undirected view, and every kept relationship between two of
    /// them.</summary>
    public static EgoNetwork Build(GraphView view, int center, int depth)
    {
        var distance = HopDistances.From(view, center, depth);
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
