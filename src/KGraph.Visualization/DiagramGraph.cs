using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Visualization;

/// <summary>
/// The part of a knowledge graph one diagram shows: its entities as numbered nodes and its
/// relationships as edges between node numbers, plus a title saying what was selected.
/// </summary>
public sealed class DiagramGraph
{
    private readonly Dictionary<string, int> _indexById;

    public DiagramGraph(KnowledgeGraph source, GraphVocabulary vocabulary, IEnumerable<Entity> nodes, IEnumerable<Relationship> relationships, string title,
        string fileStem = "graph")
    {
        Source = source;
        Vocabulary = vocabulary;
        Title = title;
        FileStem = fileStem;
        Nodes = nodes.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Nodes.Count; i++) _indexById[Nodes[i].Id] = i;
        Edges = relationships
            .Where(r => _indexById.ContainsKey(r.From) && _indexById.ContainsKey(r.To))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new DiagramEdge(r, _indexById[r.From], _indexById[r.To], vocabulary.IsSymmetric(r.Type)))
            .ToList();
    }

    public KnowledgeGraph Source { get; }
    public GraphVocabulary Vocabulary { get; }
    public string Title { get; }

    /// <summary>Output file name without extension: graph, focus-elon-musk, path-elon-musk-dario-amodei.</summary>
    public string FileStem { get; }

    public IReadOnlyList<Entity> Nodes { get; }
    public IReadOnlyList<DiagramEdge> Edges { get; }

    public int IndexOf(string entityId) => _indexById.TryGetValue(entityId, out var i) ? i : -1;

    /// <summary>How many edges touch each node.</summary>
    public int[] Degrees()
    {
        var degrees = new int[Nodes.Count];
        foreach (var edge in Edges)
        {
            degrees[edge.From]++;
            if (edge.To != edge.From) degrees[edge.To]++;
        }
        return degrees;
    }
}
