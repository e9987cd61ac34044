using KGraph.Model;
using KGraph.Vocabulary;
using QuikGraph;

namespace KGraph.Analysis.Views;

/// <summary>
/// The part of a resolved graph an analysis looks at: every entity as a vertex (indexed in id
/// order) and the relationships the filter keeps as edges. Offers QuikGraph graphs for
/// structure and traversal and <see cref="Compact"/> arrays for the heavy measures.
/// </summary>
public sealed class GraphView
{
    private readonly Dictionary<string, int> _indexById;
    private readonly Dictionary<(int, int), List<Relationship>> _byPair = [];

    private GraphView(KnowledgeGraph source, GraphVocabulary vocabulary, GraphFilter filter)
    {
        Source = source;
        Vocabulary = vocabulary;
        Filter = filter;
        Entities = source.Entities;
        _indexById = new Dictionary<string, int>(Entities.Count, StringComparer.Ordinal);
        for (var i = 0; i < Entities.Count; i++) _indexById[Entities[i].Id] = i;

        var kept = new List<Relationship>();
        var edges = new List<GraphEdge>();
        foreach (var relationship in source.Relationships)
        {
            if (!filter.Matches(relationship)) continue;
            if (!_indexById.TryGetValue(relationship.From, out var from) || !_indexById.TryGetValue(relationship.To, out var to))
            {
                UnresolvedRelationships++;
                continue;
            }
            kept.Add(relationship);
            edges.Add(new GraphEdge(from, to, vocabulary.IsSymmetric(relationship.Type)));
            var key = (Math.Min(from, to), Math.Max(from, to));
            if (!_byPair.TryGetValue(key, out var list)) _byPair[key] = list = [];
            list.Add(relationship);
        }
        Relationships = kept;
        Compact = CompactGraph.FromEdges(Entities.Count, edges);
    }

    public static GraphView Build(KnowledgeGraph graph, GraphVocabulary vocabulary, GraphFilter? filter = null) =>
        new(graph, vocabulary, filter ?? GraphFilter.All);

    public KnowledgeGraph Source { get; }
    public GraphVocabulary Vocabulary { get; }
    public GraphFilter Filter { get; }

    /// <summary>Vertices: the entity at index i is vertex i of <see cref="Compact"/>.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The relationships the filter kept, in id order.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>Kept relationships whose endpoints are not entities of the graph (left out).</summary>
    public int UnresolvedRelationships { get; }

    public CompactGraph Compact { get; }

    public int IndexOf(string entityId) => _indexById.TryGetValue(entityId, out var index) ? index : -1;

    public bool IsSymmetric(Relationship relationship) => Vocabulary.IsSymmetric(relationship.Type);

    /// <summary>Kept relationships joining two entities, in either direction, in id order.</summary>
    public IReadOnlyList<Relationship> Between(int a, int b) =>
        _byPair.TryGetValue((Math.Min(a, b), Math.Max(a, b)), out var list) ? list : [];

    /// <summary>Directed QuikGraph view keyed by entity id; a symmetric relationship gives an edge each way.</summary>
    public BidirectionalGraph<string, TaggedEdge<string, Relationship>> ToDirected()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, Relationship>>(allowParallelEdges: true, Entities.Count);
        graph.AddVertexRange(Entities.Select(e => e.Id));
        foreach (var r in Relationships)
        {
            graph.AddEdge(new TaggedEdge<string, Relationship>(r.From, r.To, r));
            if (IsSymmetric(r) && r.From != r.To) graph.AddEdge(new TaggedEdge<string, Relationship>(r.To, r.From, r));
        }
        return graph;
    }

    /// <summary>Undirected QuikGraph view keyed by entity id; one edge per relationship.</summary>
    public UndirectedGraph<string, TaggedEdge<string, Relationship>> ToUndirected()
    {
        var graph = new UndirectedGraph<string, TaggedEdge<string, Relationship>>(allowParallelEdges: true);
        graph.AddVertexRange(Entities.Select(e => e.Id));
        foreach (var r in Relationships) graph.AddEdge(new TaggedEdge<string, Relationship>(r.From, r.To, r));
        return graph;
    }
}
