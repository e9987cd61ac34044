using KGraph.Model;
using KGraph.Neo4j.Cypher;

namespace KGraph.Neo4j.Loading;

/// <summary>
/// The properties each graph item gets in Neo4j (SPEC section 6). Free props keep their own
/// names unless the name is one KGraph uses itself (<c>id</c>, <c>name_*</c>, ...), in which
/// case it is stored as <c>prop_{name}</c>. Every map carries the <c>kgraph_managed</c> marker.
/// </summary>
public static class GraphRows
{
    public const string CollisionPrefix = "prop_";

    // One boxed marker shared by every row instead of a new box per row.
    private static readonly object Managed = true;

    private static readonly HashSet<string> EntityCore = new(["id", "name", "aliases", "kind", GraphStatements.ManagedProperty], StringComparer.Ordinal);
    private static readonly HashSet<string> RelationshipCore = new(["id", "start", "end", "role", "confidence", "status", "sources", "quotes",
        GraphStatements.ManagedProperty], StringComparer.Ordinal);

    /// <summary>The name a free entity prop is stored under.</summary>
    public static string EntityPropName(string key) =>
        EntityCore.Contains(key) || key.StartsWith("name_", StringComparison.Ordinal) || key.StartsWith("external_", StringComparison.Ordinal)
            || key.StartsWith(CollisionPrefix, StringComparison.Ordinal)
            ? CollisionPrefix + key : key;

    /// <summary>The name a free relationship prop is stored under.</summary>
    public static string RelationshipPropName(string key) =>
        RelationshipCore.Contains(key) || key.StartsWith(CollisionPrefix, StringComparison.Ordinal) ? CollisionPrefix + key : key;

    public static PropertyMap EntityProperties(Entity entity)
    {
        var props = new PropertyMap(5 + entity.Names.Count + entity.External.Count + entity.Props.Count)
            .Add("id", entity.Id)
            .Add("name", entity.Name);
        foreach (var (lang, name) in entity.Names.OrderBy(n => n.Key, StringComparer.Ordinal))
            props.Add("name_" + lang, name);
        props.Add("aliases", entity.Aliases.ToList())
            .Add("kind", entity.Kind);
        foreach (var (source, id) in entity.External.OrderBy(n => n.Key, StringComparer.Ordinal))
            props.Add("external_" + source, id);
        AddFree(props, entity.Props, EntityPropName);
        return props.Add(GraphStatements.ManagedProperty, Managed);
    }

    public static PropertyMap EntityRow(Entity entity) =>
        new PropertyMap().Add("id", entity.Id).Add("props", EntityProperties(entity));

    public static PropertyMap DocumentProperties(Document document) => new PropertyMap(6)
        .Add("id", document.Id)
        .Add("title", document.Title)
        .Add("url", document.Url)
        .Add("published", document.Published?.ToString())
        .Add("lang", document.Lang)
        .Add(GraphStatements.ManagedProperty, Managed);

    public static PropertyMap DocumentRow(Document document) =>
        new PropertyMap().Add("id", document.Id).Add("props", DocumentProperties(document));

    /// <summary>One mention link per (document, entity), counting the entity's mentions in that document.</summary>
    public static IEnumerable<MentionLink> Mentions(KnowledgeGraph graph) =>
        graph.Entities.SelectMany(e => e.Mentions
            .GroupBy(m => m.Doc, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MentionLink(g.Key, e.Id, g.Count())));

    public static PropertyMap MentionProperties(MentionLink link) => new PropertyMap(3)
        .Add("id", link.Id)
        .Add("count", (long)link.Count)
        .Add(GraphStatements.ManagedProperty, Managed);

    public static PropertyMap MentionRow(MentionLink link) =>
        new PropertyMap().Add("doc", link.Doc).Add("entity", link.Entity).Add("props", MentionProperties(link));

    public static PropertyMap RelationshipProperties(Relationship relationship)
    {
        var props = new PropertyMap(9 + relationship.Props.Count)
            .Add("id", relationship.Id)
            .Add("start", relationship.Start?.ToString())
            .Add("end", relationship.End?.ToString())
            .Add("role", relationship.Role)
            .Add("confidence", relationship.Confidence)
            .Add("status", Status(relationship.Status))
            .Add("sources", Sources(relationship.Evidence))
            .Add("quotes", Quotes(relationship.Evidence));
        AddFree(props, relationship.Props, RelationshipPropName);
        return props.Add(GraphStatements.ManagedProperty, Managed);
    }

    public static PropertyMap RelationshipRow(Relationship relationship) => new PropertyMap(4)
        .Add("id", relationship.Id)
        .Add("from", relationship.From)
        .Add("to", relationship.To)
        .Add("props", RelationshipProperties(relationship));

    internal static string Status(RelationshipStatus status) => status switch
    {
        RelationshipStatus.Extracted => "extracted",
        RelationshipStatus.Reviewed => "reviewed",
        RelationshipStatus.Rejected => "rejected",
        _ => status.ToString().ToLowerInvariant(),
    };

    // Plain loops: these run once per relationship, a million times in a large load.
    private static List<string> Sources(IReadOnlyList<Evidence> evidence)
    {
        var sources = new List<string>(evidence.Count);
        foreach (var e in evidence)
            if (!sources.Contains(e.Doc)) sources.Add(e.Doc);
        return sources;
    }

    private static List<string> Quotes(IReadOnlyList<Evidence> evidence)
    {
        var quotes = new List<string>(evidence.Count);
        foreach (var e in evidence) quotes.Add(e.Quote);
        return quotes;
    }

    private static void AddFree(PropertyMap props, IReadOnlyDictionary<string, Scalar> free, Func<string, string> storedName)
    {
        if (free.Count == 0) return;
        foreach (var (key, value) in free.OrderBy(p => p.Key, StringComparer.Ordinal))
            props.Add(storedName(key), value.Value);
    }
}
