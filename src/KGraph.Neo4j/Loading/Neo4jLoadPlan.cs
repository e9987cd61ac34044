using System.Globalization;
using System.Text;
using KGraph.Model;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Http;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Loading;

/// <summary>
/// Everything a load runs, in order: uniqueness constraints, entities per type, documents,
/// MENTIONS, relationships per type; and the prune statements for <c>--prune</c>. Labels and
/// types come from the vocabulary only. Rejected relationships are not loaded.
/// </summary>
public sealed class Neo4jLoadPlan
{
    /// <summary>
    /// Rows per request. Neo4j's published range is 1,000–50,000. bench/KGraph.Neo4j.Bench
    /// measured the client side best at 5,000 (1M relationships: 261k rel per CPU-second vs
    /// 247k at 1,000, 186k at 20,000, 180k at 50,000), with requests of about 1.6 MB.
    /// </summary>
    public const int DefaultBatchSize = 5_000;

    private Neo4jLoadPlan(KnowledgeGraph graph, IReadOnlyList<Relationship> loaded, IReadOnlyList<string> constraints, IReadOnlyList<LoadStep> steps)
    {
        Graph = graph;
        Relationships = loaded;
        Constraints = constraints;
        Steps = steps;
    }

    public KnowledgeGraph Graph { get; }
    /// <summary>The relationships that are loaded: all but the rejected ones.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }
    public IReadOnlyList<string> Constraints { get; }
    public IReadOnlyList<LoadStep> Steps { get; }

    public static Neo4jLoadPlan For(KnowledgeGraph graph, GraphVocabulary vocabulary)
    {
        var entityTypes = vocabulary.EntityTypes.Select(t => CypherIdentifier.Checked(t.Name, "entity type")).ToList();
        foreach (var reserved in new[] { GraphStatements.EntityLabel, GraphStatements.DocumentLabel })
            if (entityTypes.Contains(reserved))
                throw new ArgumentException($"entity type '{reserved}' clashes with a label KGraph uses itself");

        foreach (var entity in graph.Entities)
            if (!vocabulary.IsEntityType(entity.Type))
                throw new ArgumentException($"entity '{entity.Id}' has type '{entity.Type}', which is not in the vocabulary");
        var loaded = graph.Relationships.Where(r => r.Status != RelationshipStatus.Rejected).ToList();
        foreach (var relationship in loaded)
            if (vocabulary.RelationshipType(relationship.Type) is null)
                throw new ArgumentException($"relationship '{relationship.Id}' has type '{relationship.Type}', which is not in the vocabulary");

        var constraints = new[] { GraphStatements.EntityLabel }.Concat(entityTypes).Append(GraphStatements.DocumentLabel)
            .Select(GraphStatements.Constraint).ToList();

        // One pass each to group by type (in id order within a type), not one pass per type.
        var entitiesByType = ByType(graph.Entities, e => e.Type);
        var relationshipsByType = ByType(loaded, r => r.Type);
        var steps = new List<LoadStep>();
        foreach (var type in entityTypes)
        {
            if (entitiesByType.TryGetValue(type, out var entities))
                steps.Add(new LoadStep($"{type} entities", GraphStatements.MergeEntities(type, entityTypes.Where(t => t != type)),
                    entities.Count, () => entities.Select(GraphRows.EntityRow)));
        }
        if (graph.Documents.Count > 0)
            steps.Add(new LoadStep("documents", GraphStatements.MergeDocuments(), graph.Documents.Count, () => graph.Documents.Select(GraphRows.DocumentRow)));
        var mentionCount = graph.Entities.Sum(e => e.Mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).Count());
        if (mentionCount > 0)
            steps.Add(new LoadStep("MENTIONS links", GraphStatements.MergeMentions(), mentionCount,
                () => GraphRows.Mentions(graph).Select(GraphRows.MentionRow)));
        foreach (var type in vocabulary.RelationshipTypes.Select(t => t.Name))
        {
            if (relationshipsByType.TryGetValue(type, out var ofType))
                steps.Add(new LoadStep($"{type} relationships", GraphStatements.MergeRelationships(type), ofType.Count,
                    () => ofType.Select(GraphRows.RelationshipRow)));
        }
        return new Neo4jLoadPlan(graph, loaded, constraints, steps);
    }

    /// <summary>
    /// Prune requests, in order: relationships (facts and MENTIONS) not in the graph, then
    /// entities, then documents. Each only touches items marked <c>kgraph_managed</c>.
    /// </summary>
    public IReadOnlyList<QueryRequest> PruneRequests()
    {
        var relationshipIds = Relationships.Select(r => r.Id).Concat(GraphRows.Mentions(Graph).Select(m => m.Id)).ToList();
        return
        [
            new QueryRequest(GraphStatements.PruneRelationships(), Ids(relationshipIds)),
            new QueryRequest(GraphStatements.PruneNodes(GraphStatements.EntityLabel), Ids(Graph.Entities.Select(e => e.Id).ToList())),
            new QueryRequest(GraphStatements.PruneNodes(GraphStatements.DocumentLabel), Ids(Graph.Documents.Select(d => d.Id).ToList())),
        ];
    }

    /// <summary>What <c>--dry-run</c> prints: each statement with its row and batch counts.</summary>
    public string Describe(int batchSize, bool prune)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"// {Constraints.Count} constraints, {Steps.Count} statements, {Steps.Sum(s => s.RowCount)} rows in batches of {batchSize}\n\n");
        foreach (var constraint in Constraints) text.Append(constraint).Append(";\n");
        foreach (var step in Steps)
        {
            text.Append(inv, $"\n// {step.Name}: {step.RowCount} rows, {step.BatchCount(batchSize)} batches\n");
            text.Append(step.Statement).Append(";\n");
        }
        if (prune)
            foreach (var request in PruneRequests())
                text.Append(inv, $"\n// prune: keep {((IReadOnlyCollection<string>)request.Parameters[GraphStatements.IdsParameter]!).Count} ids\n")
                    .Append(request.Statement).Append(";\n");
        return text.ToString();
    }

    private static Dictionary<string, List<T>> ByType<T>(IEnumerable<T> items, Func<T, string> type)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!groups.TryGetValue(type(item), out var list)) groups[type(item)] = list = [];
            list.Add(item);
        }
        return groups;
    }

    private static Dictionary<string, object?> Ids(IReadOnlyList<string> ids) => new() { [GraphStatements.IdsParameter] = ids };
}
