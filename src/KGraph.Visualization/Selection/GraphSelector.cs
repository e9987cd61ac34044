using KGraph.Analysis.Ego;
using KGraph.Analysis.Lookup;
using KGraph.Analysis.Paths;
using KGraph.Analysis.Views;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Visualization.Selection;

/// <summary>Turns a <see cref="DiagramSelection"/> into the entities and relationships to draw.</summary>
public static class GraphSelector
{
    public static SelectionResult Select(KnowledgeGraph graph, GraphVocabulary vocabulary, DiagramSelection selection)
    {
        // The same view, traversal and path search as analyze, path and neighbors: one answer per question.
        var view = GraphView.Build(graph, vocabulary, selection.Filter);
        if (selection.Path is var (from, to)) return SelectPath(graph, vocabulary, view, from, to);
        if (selection.Focus is { } focus) return SelectFocus(graph, vocabulary, view, focus, selection.Depth);

        // With a filter, entities none of whose facts pass would only be clutter.
        var entities = selection.Filter.IsEmpty
            ? graph.Entities
            : graph.Entities.Where((_, i) => view.Compact.Neighbors(i).Length > 0 || HasLoop(view, i)).ToList();
        var title = selection.Filter.IsEmpty ? "Knowledge graph" : "Knowledge graph (filtered)";
        return SelectionResult.Success(new DiagramGraph(graph, vocabulary, entities, view.Relationships, title));
    }

    private static bool HasLoop(GraphView view, int i) => view.Between(i, i).Count > 0;

    private static SelectionResult SelectFocus(KnowledgeGraph graph, GraphVocabulary vocabulary, GraphView view, string name, int depth)
    {
        if (depth < 1) return SelectionResult.Failure($"depth must be at least 1 (got {depth}); depth 1 draws the entity and its direct neighbours");
        var found = new EntityLookup(graph.Entities).Find(name);
        if (found.Entity is not { } center) return SelectionResult.Failure(found.Message);

        var ego = EgoNetworkBuilder.Build(view, view.IndexOf(center.Id), depth);
        var title = $"{center.Name}: neighbourhood to depth {depth}";
        return SelectionResult.Success(new DiagramGraph(graph, vocabulary, ego.Members.Select(m => m.Entity), ego.Relationships, title,
            "focus-" + FileName(center.Id)));
    }

    private static SelectionResult SelectPath(KnowledgeGraph graph, GraphVocabulary vocabulary, GraphView view, string fromName, string toName)
    {
        var lookup = new EntityLookup(graph.Entities);
        var (fromFound, toFound) = (lookup.Find(fromName), lookup.Find(toName));
        if (fromFound.Entity is not { } from) return SelectionResult.Failure(fromFound.Message);
        if (toFound.Entity is not { } to) return SelectionResult.Failure(toFound.Message);
        if (from.Id == to.Id) return SelectionResult.Failure($"the path starts and ends at the same entity '{from.Id}'");

        if (HopDistances.AllShortest(view, view.IndexOf(from.Id), view.IndexOf(to.Id)) is not { } paths)
            return SelectionResult.Failure($"no path connects '{from.Name}' and '{to.Name}' through the selected relationships");
        var title = $"Shortest paths from {from.Name} to {to.Name} ({paths.Length} step{(paths.Length == 1 ? "" : "s")})";
        return SelectionResult.Success(new DiagramGraph(graph, vocabulary, paths.Entities.Select(i => view.Entities[i]), paths.Relationships, title,
            $"path-{FileName(from.Id)}-{FileName(to.Id)}"));
    }

    /// <summary>An entity id as a file name part: letters (any script), digits, '-' and '_'; anything else becomes '-'.</summary>
    internal static string FileName(string id)
    {
        var name = new string(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');
        return name.Length == 0 ? RelationshipId.ShortHash(id) : name.Length > 60 ? name[..60] : name;
    }
}
