namespace KGraph.Neo4j.Cypher;

/// <summary>
/// The statement shapes KGraph runs: one per label or relationship type, each fed rows via
/// <c>UNWIND</c>. Every node and relationship KGraph writes carries
/// <c>kgraph_managed: true</c>; pruning touches nothing without it.
/// </summary>
public static class GraphStatements
{
    public const string EntityLabel = "Entity";
    public const string DocumentLabel = "Document";
    public const string MentionsType = "MENTIONS";
    public const string ManagedProperty = "kgraph_managed";
    public const string RowsParameter = "rows";
    public const string IdsParameter = "ids";

    public static string Constraint(string label)
    {
        label = CypherIdentifier.Checked(label, "label");
        return $"CREATE CONSTRAINT kgraph_{label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE";
    }

    /// <summary>The statement for a batch: rows from a parameter (loader) or a list literal (script).</summary>
    public static string Unwind(string rows, string body) => $"UNWIND {rows} AS row\n{body}";

    /// <summary>
    /// Entities of one type. MERGE on <c>Entity.id</c> so a changed type relabels the node
    /// instead of duplicating it; the other type labels are removed. Rows: {id, props}.
    /// </summary>
    public static string MergeEntities(string label, IEnumerable<string> otherTypeLabels)
    {
        label = CypherIdentifier.Checked(label, "entity type");
        var others = otherTypeLabels.Select(l => ":" + CypherIdentifier.Checked(l, "entity type")).ToList();
        var body = $"MERGE (n:{EntityLabel} {{id: row.id}})\nSET n = row.props, n:{label}";
        return others.Count == 0 ? body : body + $"\nREMOVE n{string.Concat(others)}";
    }

    /// <summary>Articles. Rows: {id, props}.</summary>
    public static string MergeDocuments() =>
        $"MERGE (d:{DocumentLabel} {{id: row.id}})\nSET d = row.props";

    /// <summary>Provenance links. Rows: {doc, entity, props}.</summary>
    public static string MergeMentions() =>
        $"MATCH (d:{DocumentLabel} {{id: row.doc}})\nMATCH (e:{EntityLabel} {{id: row.entity}})\nMERGE (d)-[m:{MentionsType}]->(e)\nSET m = row.props";

    /// <summary>Facts of one relationship type, merged on their id. Rows: {id, from, to, props}.</summary>
    public static string MergeRelationships(string type)
    {
        type = CypherIdentifier.Checked(type, "relationship type");
        return $"MATCH (a:{EntityLabel} {{id: row.from}})\nMATCH (b:{EntityLabel} {{id: row.to}})\nMERGE (a)-[r:{type} {{id: row.id}}]->(b)\nSET r = row.props";
    }

    /// <summary>Deletes KGraph's relationships whose id is not in <c>$ids</c>.</summary>
    public static string PruneRelationships() =>
        $"MATCH ()-[r]->()\nWHERE r.{ManagedProperty} = true AND NOT r.id IN ${IdsParameter}\nDELETE r";

    /// <summary>
    /// Deletes KGraph's nodes with this label whose id is not in <c>$ids</c>, unless something
    /// that is not KGraph's still hangs on them (run after <see cref="PruneRelationships"/>).
    /// </summary>
    public static string PruneNodes(string label)
    {
        label = CypherIdentifier.Checked(label, "label");
        return $"MATCH (n:{label})\nWHERE n.{ManagedProperty} = true AND NOT n.id IN ${IdsParameter} AND NOT EXISTS {{ (n)--() }}\nDELETE n";
    }
}
