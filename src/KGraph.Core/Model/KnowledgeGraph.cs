namespace KGraph.Model;

/// <summary>
/// A resolved graph: every entity once under its final id, every relationship once with all
/// its evidence, endpoints pointing at entities in <see cref="Entities"/>. Sorted by id.
/// </summary>
public sealed class KnowledgeGraph
{
    public KnowledgeGraph(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships)
    {
        Documents = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Entities = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Relationships = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        EntitiesById = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        DocumentsById = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public static KnowledgeGraph Empty { get; } = new([], [], []);

    public IReadOnlyList<Document> Documents { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Relationship> Relationships { get; }
    public IReadOnlyDictionary<string, Entity> EntitiesById { get; }
    public IReadOnlyDictionary<string, Document> DocumentsById { get; }
}
