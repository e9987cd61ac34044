using KGraph.Neo4j.Cypher;

namespace KGraph.Neo4j.Gds;

/// <summary>
/// The Cypher that runs KGraph's analyses in Neo4j Graph Data Science (GDS 2.4 or later, for
/// the <c>gds.graph.project</c> aggregation function). Every value from the data travels as a
/// parameter; the only names written into the text are relationship types from the vocabulary
/// (checked as plain identifiers) and KGraph's own property names.
/// </summary>
public static class GdsStatements
{
    public const string GraphParameter = "graph";
    public const string EntitiesParameter = "entities";
    public const string RelationshipsParameter = "relationships";
    public const string SymmetricTypesParameter = "symmetricTypes";
    public const string DampingFactorParameter = "dampingFactor";
    public const string MaxIterationsParameter = "maxIterations";
    public const string ToleranceParameter = "tolerance";
    public const string SamplingSizeParameter = "samplingSize";
    public const string SamplingSeedParameter = "samplingSeed";

    /// <summary>Node properties of the projections, and the names <c>--write</c> stores the scores under.</summary>
    public const string PageRankProperty = "kgraph_pagerank";
    public const string BetweennessProperty = "kgraph_betweenness";
    public const string ComponentProperty = "kgraph_component";
    public const string CommunityProperty = "kgraph_community";

    public static string Version() => "RETURN gds.version() AS version";

    /// <summary>
    /// The directed view PageRank runs on, as the local engine builds it: one arc per
    /// relationship, a symmetric one in both directions, parallel arcs kept. Only entities in
    /// <c>$entities</c> and relationships in <c>$relationships</c> (the ones the filter kept) are projected.
    /// </summary>
    public static string ProjectArcs(IEnumerable<string> relationshipTypes) =>
        $$"""
        MATCH (source:{{GraphStatements.EntityLabel}})
        WHERE source.id IN ${{EntitiesParameter}}
        OPTIONAL MATCH (source)-[r:{{TypeList(relationshipTypes)}}]-(target:{{GraphStatements.EntityLabel}})
        WHERE r.id IN ${{RelationshipsParameter}} AND target.id IN ${{EntitiesParameter}} AND (startNode(r) = source OR type(r) IN ${{SymmetricTypesParameter}})
        WITH gds.graph.project(${{GraphParameter}}, source, target) AS projection, count(r) AS arcs
        RETURN projection.nodeCount AS nodes, arcs
        """;

    /// <summary>
    /// The undirected view betweenness, components and communities run on: one relationship
    /// per pair of entities with the number of facts joining them as <c>weight</c>, so parallel
    /// facts do not multiply shortest paths (as in the local engine) but do weigh in Louvain.
    /// </summary>
    public static string ProjectPairs(IEnumerable<string> relationshipTypes) =>
        $$$"""
        MATCH (source:{{{GraphStatements.EntityLabel}}})
        WHERE source.id IN ${{{EntitiesParameter}}}
        OPTIONAL MATCH (source)-[r:{{{TypeList(relationshipTypes)}}}]-(target:{{{GraphStatements.EntityLabel}}})
        WHERE r.id IN ${{{RelationshipsParameter}}} AND target.id IN ${{{EntitiesParameter}}} AND elementId(source) <= elementId(target)
        WITH source, target, count(r) AS facts
        WITH gds.graph.project(${{{GraphParameter}}}, source, target, {relationshipProperties: {weight: toFloat(facts)}}, {undirectedRelationshipTypes: ['*']}) AS projection, sum(facts) AS relationships
        RETURN projection.nodeCount AS nodes, relationships
        """;

    /// <summary>PageRank scaled to sum to 1 (L1Norm), like the local engine's.</summary>
    public static string PageRank() =>
        $$"""
        CALL gds.pageRank.mutate(${{GraphParameter}}, {mutateProperty: '{{PageRankProperty}}', dampingFactor: ${{DampingFactorParameter}}, maxIterations: ${{MaxIterationsParameter}}, tolerance: ${{ToleranceParameter}}, scaler: 'L1Norm'})
        YIELD ranIterations, didConverge
        RETURN ranIterations, didConverge
        """;

    /// <summary>Betweenness from <c>$samplingSize</c> sources (all entities for the exact measure).</summary>
    public static string Betweenness() =>
        $$"""
        CALL gds.betweenness.mutate(${{GraphParameter}}, {mutateProperty: '{{BetweennessProperty}}', samplingSize: ${{SamplingSizeParameter}}, samplingSeed: ${{SamplingSeedParameter}}})
        YIELD nodePropertiesWritten
        RETURN nodePropertiesWritten
        """;

    public static string WeaklyConnectedComponents() =>
        $$"""
        CALL gds.wcc.mutate(${{GraphParameter}}, {mutateProperty: '{{ComponentProperty}}'})
        YIELD componentCount
        RETURN componentCount
        """;

    public static string Louvain() =>
        $$"""
        CALL gds.louvain.mutate(${{GraphParameter}}, {mutateProperty: '{{CommunityProperty}}', relationshipWeightProperty: 'weight'})
        YIELD ranLevels, modularity
        RETURN ranLevels, modularity
        """;

    /// <summary>One row per entity and property: <c>id</c> (KGraph's entity id), <c>property</c>, <c>value</c>.</summary>
    public static string StreamProperties(IEnumerable<string> properties)
    {
        var names = string.Join(", ", properties.Select(p => "'" + CypherIdentifier.Checked(p, "property") + "'"));
        return $$"""
            CALL gds.graph.nodeProperties.stream(${{GraphParameter}}, [{{names}}])
            YIELD nodeId, nodeProperty, propertyValue
            RETURN gds.util.asNode(nodeId).id AS id, nodeProperty AS property, propertyValue AS value
            """;
    }

    /// <summary>Drops a projection; no error when it is not there (a projection that failed half-way).</summary>
    public static string Drop() =>
        $$"""
        CALL gds.graph.drop(${{GraphParameter}}, false)
        YIELD graphName
        RETURN graphName
        """;

    /// <summary>Stores the report's scores on the entities (<c>--write</c>). Rows: {id, pagerank, betweenness, component, community}.</summary>
    public static string WriteScores() =>
        GraphStatements.Unwind("$" + GraphStatements.RowsParameter,
            $"MATCH (n:{GraphStatements.EntityLabel} {{id: row.id}})\n" +
            $"SET n.{PageRankProperty} = row.pagerank, n.{BetweennessProperty} = row.betweenness, n.{ComponentProperty} = row.component, " +
            $"n.{CommunityProperty} = row.community");

    private static string TypeList(IEnumerable<string> types)
    {
        var checkedTypes = types.Select(t => CypherIdentifier.Checked(t, "relationship type")).ToList();
        if (checkedTypes.Count == 0) throw new ArgumentException("a projection needs at least one relationship type", nameof(types));
        return string.Join("|", checkedTypes);
    }
}
