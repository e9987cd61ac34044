using KGraph.Neo4j.Gds;

namespace KGraph.Neo4j.Tests.Gds;

public sealed class GdsStatementsTests
{
    [Fact]
    public void The_directed_projection_keeps_each_facts_direction_and_both_directions_of_symmetric_ones()
    {
        Assert.Equal(
            """
            MATCH (source:Entity)
            WHERE source.id IN $entities
            OPTIONAL MATCH (source)-[r:FOUNDED|COMPETES_WITH]-(target:Entity)
            WHERE r.id IN $relationships AND target.id IN $entities AND (startNode(r) = source OR type(r) IN $symmetricTypes)
            WITH gds.graph.project($graph, source, target) AS projection, count(r) AS arcs
            RETURN projection.nodeCount AS nodes, arcs
            """,
            GdsStatements.ProjectArcs(["FOUNDED", "COMPETES_WITH"]));
    }

    [Fact]
    public void The_undirected_projection_has_one_weighted_relationship_per_pair()
    {
        Assert.Equal(
            """
            MATCH (source:Entity)
            WHERE source.id IN $entities
            OPTIONAL MATCH (source)-[r:FOUNDED]-(target:Entity)
            WHERE r.id IN $relationships AND target.id IN $entities AND elementId(source) <= elementId(target)
            WITH source, target, count(r) AS facts
            WITH gds.graph.project($graph, source, target, {relationshipProperties: {weight: toFloat(facts)}}, {undirectedRelationshipTypes: ['*']}) AS projection, sum(facts) AS relationships
            RETURN projection.nodeCount AS nodes, relationships
            """,
            GdsStatements.ProjectPairs(["FOUNDED"]));
    }

    [Fact]
    public void The_algorithms_run_in_mutate_mode_with_every_setting_as_a_parameter()
    {
        Assert.Equal(
            """
            CALL gds.pageRank.mutate($graph, {mutateProperty: 'kgraph_pagerank', dampingFactor: $dampingFactor, maxIterations: $maxIterations, tolerance: $tolerance, scaler: 'L1Norm'})
            YIELD ranIterations, didConverge
            RETURN ranIterations, didConverge
            """,
            GdsStatements.PageRank());
        Assert.Equal(
            """
            CALL gds.betweenness.mutate($graph, {mutateProperty: 'kgraph_betweenness', samplingSize: $samplingSize, samplingSeed: $samplingSeed})
            YIELD nodePropertiesWritten
            RETURN nodePropertiesWritten
            """,
            GdsStatements.Betweenness());
        Assert.Equal("CALL gds.wcc.mutate($graph, {mutateProperty: 'kgraph_component'})\nYIELD componentCount\nRETURN componentCount",
            GdsStatements.WeaklyConnectedComponents());
        Assert.Equal(
            "CALL gds.louvain.mutate($graph, {mutateProperty: 'kgraph_community', relationshipWeightProperty: 'weight'})\nYIELD ranLevels, " +
            "modularity\nRETURN ranLevels, modularity",
            GdsStatements.Louvain());
    }

    [Fact]
    public void Scores_are_streamed_by_KGraphs_entity_ID_and_projections_dropped_without_failing_when_missing()
    {
        Assert.Equal(
            """
            CALL gds.graph.nodeProperties.stream($graph, ['kgraph_betweenness', 'kgraph_component'])
            YIELD nodeId, nodeProperty, propertyValue
            RETURN gds.util.asNode(nodeId).id AS id, nodeProperty AS property, propertyValue AS value
            """,
            GdsStatements.StreamProperties([GdsStatements.BetweennessProperty, GdsStatements.ComponentProperty]));
        Assert.Equal("CALL gds.graph.drop($graph, false)\nYIELD graphName\nRETURN graphName", GdsStatements.Drop());
        Assert.Equal("RETURN gds.version() AS version", GdsStatements.Version());
    }

    [Fact]
    public void Writing_stores_the_four_scores_on_entities_matched_by_ID()
    {
        Assert.Equal(
            "UNWIND $rows AS row\nMATCH (n:Entity {id: row.id})\n" +
            "SET n.kgraph_pagerank = row.pagerank, n.kgraph_betweenness = row.betweenness, n.kgraph_component = row.component, " +
            "n.kgraph_community = row.community",
            GdsStatements.WriteScores());
    }

    [Theory]
    [InlineData("FOUNDED]->() DETACH DELETE n //")]
    [InlineData("LEADS`")]
    [InlineData("")]
    public void A_relationship_type_that_is_not_a_plain_identifier_is_refused_before_any_Cypher_is_built(string type)
    {
        var e = Assert.Throws<ArgumentException>(() => GdsStatements.ProjectArcs(["FOUNDED", type]));

        Assert.Equal($"relationship type '{type}' is not a plain identifier (ASCII letters, digits, '_'); refusing to put it into Cypher", e.Message);
    }
}
