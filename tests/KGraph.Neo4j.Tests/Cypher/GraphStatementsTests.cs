using KGraph.Neo4j.Cypher;

namespace KGraph.Neo4j.Tests.Cypher;

public sealed class GraphStatementsTests
{
    [Fact]
    public void Entities_are_merged_on_entity_ID_and_get_exactly_their_type_label()
    {
        Assert.Equal(
            "MERGE (n:Entity {id: row.id})\nSET n = row.props, n:Person\nREMOVE n:Organization:Place",
            GraphStatements.MergeEntities("Person", ["Organization", "Place"]));
    }

    [Fact]
    public void Relationships_match_both_endpoints_and_merge_on_their_ID()
    {
        Assert.Equal(
            "UNWIND $rows AS row\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\nMERGE (a)-[r:INVESTED_IN {id: " +
            "row.id}]->(b)\nSET r = row.props",
            GraphStatements.Unwind("$rows", GraphStatements.MergeRelationships("INVESTED_IN")));
    }

    [Fact]
    public void Constraints_are_named_and_idempotent()
    {
        Assert.Equal("CREATE CONSTRAINT kgraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE", GraphStatements.Constraint("Person"));
    }

    [Fact]
    public void Pruning_touches_only_what_KGraph_marked_and_spares_nodes_others_still_use()
    {
        Assert.Equal("MATCH ()-[r]->()\nWHERE r.kgraph_managed = true AND NOT r.id IN $ids\nDELETE r", GraphStatements.PruneRelationships());
        Assert.Equal("MATCH (n:Entity)\nWHERE n.kgraph_managed = true AND NOT n.id IN $ids AND NOT EXISTS { (n)--() }\nDELETE n",
            GraphStatements.PruneNodes("Entity"));
    }

    [Theory]
    [InlineData("Person`) DETACH DELETE n //")]
    [InlineData("Per son")]
    [InlineData("人")]
    [InlineData("")]
    [InlineData("1Person")]
    public void A_label_that_is_not_a_plain_identifier_never_reaches_a_statement(string label)
    {
        var error = Assert.Throws<ArgumentException>(() => GraphStatements.MergeRelationships(label));

        Assert.Equal($"relationship type '{label}' is not a plain identifier (ASCII letters, digits, '_'); refusing to put it into Cypher", error.Message);
    }
}
