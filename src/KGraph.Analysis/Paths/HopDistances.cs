using KGraph.Analysis.Views;

namespace KGraph.Analysis.Paths;

/// <summary>Breadth-first hop counts over a view's kept relationships, ignoring direction.</summary>
public static class HopDistances
{
    /// <summary>Every entity within <paramref name="maxDepth"/> hops of <paramref name="start"/>, with its distance (the start at 0).</summary>
    public static Dictionary<int, int> From(GraphView view, int start, int maxDepth = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        var graph = view.Compact;
        var distance = new Dictionary<int, int> { [start] = 0 };
        var frontier = new List<int> { start };
        for (var d = 1; d <= maxDepth && frontier.Count > 0; d++)
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
        return distance;
    }

    /// <summary>
    /// The entities and kept relationships that lie on at least one shortest path between the two, with the
    /// path length; null when none connects them. A relationship is on one when it steps exactly one hop
    /// closer to the target between two entities that are.
    /// </summary>
    public static ShortestPaths? AllShortest(GraphView view, int source, int target)
    {
        var fromSource = From(view, source);
        if (!fromSource.TryGetValue(target, out var length)) return null;
        var fromTarget = From(view, target, length);
        bool On(int v) => fromSource.TryGetValue(v, out var a) && fromTarget.TryGetValue(v, out var b) && a + b == length;

        var entities = fromSource.Keys.Where(On).Order().ToList();
        var relationships = view.Relationships.Where(r =>
        {
            var (a, b) = (view.IndexOf(r.From), view.IndexOf(r.To));
            return On(a) && On(b) && Math.Abs(fromSource[a] - fromSource[b]) == 1;
        }).ToList();
        return new ShortestPaths(length, entities, relationships);
    }
}

/// <summary>Every shortest path between two entities at once: <paramref name="Length"/> hops, the entities (view indices) and relationships on them.</summary>
public sealed record ShortestPaths(int Length, IReadOnlyList<int> Entities, IReadOnlyList<Model.Relationship> Relationships);
