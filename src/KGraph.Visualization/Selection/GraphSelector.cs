using KGraph.Analysis.Lookup;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Visualization.Selection;

/// <summary>Turns a <see cref="DiagramSelection"/> into the entities and relationships to draw.</summary>
public static class GraphSelector
{
    public static SelectionResult Select(KnowledgeGraph graph, GraphVocabulary vocabulary, DiagramSelection selection)
    {
        var kept = graph.Relationships
            .Where(r => selection.Filter.Keeps(r) && graph.EntitiesById.ContainsKey(r.From) && graph.EntitiesById.ContainsKey(r.To))
            .ToList();
        if (selection.Path is var (from, to)) return SelectPath(graph, vocabulary, kept, from, to);
        if (selection.Focus is { } focus) return SelectFocus(graph, vocabulary, kept, focus, selection.Depth);

        // With a filter, entities none of whose facts pass would only be clutter.
        var entities = selection.Filter.IsEmpty
            ? graph.Entities
            : graph.Entities.Where(e => kept.Exists(r => r.From == e.Id || r.To == e.Id)).ToList();
        var title = selection.Filter.IsEmpty ? "Knowledge graph" : "Knowledge graph (filtered)";
        return SelectionResult.Success(new DiagramGraph(graph, vocabulary, entities, kept, title));
    }

    private static SelectionResult SelectFocus(KnowledgeGraph graph, GraphVocabulary vocabulary, List<Relationship> kept, string name, int depth)
    {
        if (depth < 1) return SelectionResult.Failure($"depth must be at least 1 (got {depth}); depth 1 draws the entity and its direct neighbours");
        var found = new EntityLookup(graph.Entities).Find(name);
        if (found.Entity is not { } center) return SelectionResult.Failure(found.Message);

        var distance = Distances(kept, center.Id, depth);
        var entities = distance.Keys.Select(id => graph.EntitiesById[id]);
        var title = $"{center.Name}: neighbourhood to depth {depth}";
        return SelectionResult.Success(new DiagramGraph(graph, vocabulary, entities, kept, title, "focus-" + FileName(center.Id)));
    }

    private static SelectionResult SelectPath(KnowledgeGraph graph, GraphVocabulary vocabulary, List<Relationship> kept, string fromName, string toName)
    {
        var lookup = new EntityLookup(graph.Entities);
        var (fromFound, toFound) = (lookup.Find(fromName), lookup.Find(toName));
        if (fromFound.Entity is not { } from) return SelectionResult.Failure(fromFound.Message);
        if (toFound.Entity is not { } to) return SelectionResult.Failure(toFound.Message);
        if (from.Id == to.Id) return SelectionResult.Failure($"the path starts and ends at the same entity '{from.Id}'");

        var fromDistance = Distances(kept, from.Id, int.MaxValue);
        if (!fromDistance.TryGetValue(to.Id, out var length))
            return SelectionResult.Failure($"no path connects '{from.Name}' and '{to.Name}' through the selected relationships");
        var toDistance = Distances(kept, to.Id, length);

        bool OnShortestPath(string id) =>
            fromDistance.TryGetValue(id, out var a) && toDistance.TryGetValue(id, out var b) && a + b == length;

        // An edge lies on a shortest path when it steps exactly one closer to the target.
        var edges = kept.Where(r =>
            OnShortestPath(r.From) && OnShortestPath(r.To) && Math.Abs(fromDistance[r.From] - fromDistance[r.To]) == 1).ToList();
        var entities = fromDistance.Keys.Where(OnShortestPath).Select(id => graph.EntitiesById[id]);
        var title = $"Shortest paths from {from.Name} to {to.Name} ({length} step{(length == 1 ? "" : "s")})";
        return SelectionResult.Success(new DiagramGraph(graph, vocabulary, entities, edges, title, $"path-{FileName(from.Id)}-{FileName(to.Id)}"));
    }

    /// <summary>Breadth-first hop counts from <paramref name="start"/>, ignoring direction, up to <paramref name="maxDepth"/>.</summary>
    private static Dictionary<string, int> Distances(List<Relationship> relationships, string start, int maxDepth)
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in relationships)
        {
            Neighbours(r.From).Add(r.To);
            Neighbours(r.To).Add(r.From);
        }
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            var d = distance[id];
            if (d >= maxDepth || !neighbours.TryGetValue(id, out var next)) continue;
            foreach (var n in next)
            {
                if (distance.TryAdd(n, d + 1)) queue.Enqueue(n);
            }
        }
        return distance;

        List<string> Neighbours(string id)
        {
            if (!neighbours.TryGetValue(id, out var list)) neighbours[id] = list = [];
            return list;
        }
    }

    /// <summary>An entity id as a file name part: letters (any script), digits, '-' and '_'; anything else becomes '-'.</summary>
    internal static string FileName(string id)
    {
        var name = new string(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return name.Length == 0 ? RelationshipId.ShortHash(id) : name.Length > 60 ? name[..60] : name;
    }
}
