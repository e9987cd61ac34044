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
    private readonly List<GraphEdge> _edges;
    // Kept relationships by endpoint, for Between; built on first use (path queries), not for every analysis.
    private (int[] Start, int[] Relationship)? _incident;

    private GraphView(KnowledgeGraph source, GraphVocabulary vocabulary, RelationshipFilter filter)
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
            if (!filter.Keeps(relationship)) continue;
            if (!_indexById.TryGetValue(relationship.From, out var from) || !_indexById.TryGetValue(relationship.To, out var to))
            {
                UnresolvedRelationships++;
                continue;
            }
            kept.Add(relationship);
            edges.Add(new GraphEdge(from, to, vocabulary.IsSymmetric(relationship.Type)));
        }
        Relationships = kept;
        _edges = edges;
        Compact = CompactGraph.FromEdges(Entities.Count, edges);
    }

    public static GraphView Build(KnowledgeGraph graph, GraphVocabulary vocabulary, RelationshipFilter? filter = null) =>
        new(graph, vocabulary, filter ?? RelationshipFilter.All);

    public KnowledgeGraph Source { get; }
    public GraphVocabulary Vocabulary { get; }
    public RelationshipFilter Filter { get; }

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
    public IReadOnlyList<Relationship> Between(int a, int b)
    {
        var (start, incident) = _incident ??= IndexIncident();
        // Scan the endpoint with fewer relationships; its list is in id order.
        var v = start[a + 1] - start[a] <= start[b + 1] - start[b] ? a : b;
        var other = v == a ? b : a;
        var between = new List<Relationship>();
        for (var i = start[v]; i < start[v + 1]; i++)
        {
            var e = _edges[incident[i]];
            if ((e.From == v ? e.To : e.From) == other) between.Add(Relationships[incident[i]]);
        }
        return between;
    }

    /// <summary>Each vertex's kept relationships (indexes into <see cref="Relationships"/>, ascending), a self-loop once.</summary>
    private (int[] Start, int[] Relationship) IndexIncident()
    {
        var start = new int[Entities.Count + 1];
        foreach (var e in _edges)
        {
            start[e.From + 1]++;
            if (e.To != e.From) start[e.To + 1]++;
        }
        for (var v = 0; v < Entities.Count; v++) start[v + 1] += start[v];
        var incident = new int[start[^1]];
        var next = start[..^1];
        for (var i = 0; i < _edges.Count; i++)
        {
            incident[next[_edges[i].From]++] = i;
            if (_edges[i].To != _edges[i].From) incident[next[_edges[i].To]++] = i;
        }
        return (start, incident);
    }

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
