using KGraph.Neo4j.Cypher;

namespace KGraph.Neo4j.Tests.Cypher;

public sealed class GraphStatementsTests
{
    [Fact]
    public void EntitiesAreMergedOnEntityIdAndGetExactlyTheirTypeLabel()
    {
        Assert.Equal(
            "MERGE (n:Entity {id: row.id})\nSET n = row.props, n:Person\nREMOVE n:Organization:Place",
            GraphStatements.MergeEntities("Person", ["Organization", "Place"]));
    }

    [Fact]
    public void RelationshipsMatchBothEndpointsAndMergeOnTheirId()
    {
        Assert.Equal(
            "UNWIND $rows AS row\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\nMERGE (a)-[r:INVESTED_IN {id: row.id}]->(b)\nSET r = row.props",
            GraphStatements.Unwind("$rows", GraphStatements.MergeRelationships("INVESTED_IN")));
    }

    [Fact]
    public void ConstraintsAreNamedAndIdempotent()
    {
        Assert.Equal("CREATE CONSTRAINT kgraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE", GraphStatements.Constraint("Person"));
    }

    [Fact]
    public void PruningTouchesOnlyWhatKGraphMarkedAndSparesNodesOthersStillUse()
    {
        Assert.Equal("MATCH ()-[r]->()\nWHERE r.kgraph_managed = true AND NOT r.id IN $ids\nDELETE r", GraphStatements.PruneRelationships());
        Assert.Equal("MATCH (n:Entity)\nWHERE n.kgraph_managed = true AND NOT n.id IN $ids AND NOT EXISTS { (n)--() }\nDELETE n", GraphStatements.PruneNodes("Entity"));
    }

    [Theory]
    [InlineData("Person`) DETACH DELETE n //")]
    [InlineData("Per son")]
    [InlineData("人")]
    [InlineData("")]
    [InlineData("1Person")]
    public void ALabelThatIsNotAPlainIdentifierNeverReachesAStatement(string label)
    {
        var error = Assert.Throws<ArgumentException>(() => GraphStatements.MergeRelationships(label));

        Assert.Equal($"relationship type '{label}' is not a plain identifier (ASCII letters, digits, '_'); refusing to put it into Cypher", error.Message);
    }
}
