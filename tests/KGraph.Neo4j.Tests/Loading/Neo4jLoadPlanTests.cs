using KGraph.Model;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Loading;

public sealed class Neo4jLoadPlanTests
{
    private static readonly Neo4jLoadPlan Small = Neo4jLoadPlan.For(Some.SmallGraph(), GraphVocabulary.BuiltIn);

    [Fact]
    public void The_dry_run_lists_constraints_first_then_each_statement_with_its_row_and_batch_counts()
    {
        const string expected = """
            // 6 constraints, 5 statements, 5 rows in batches of 1000

            CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

            // Person entities: 1 rows, 1 batches
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props, n:Person
            REMOVE n:Organization:Product:Place;

            // Organization entities: 1 rows, 1 batches
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props, n:Organization
            REMOVE n:Person:Product:Place;

            // documents: 1 rows, 1 batches
            UNWIND $rows AS row
            MERGE (d:Document {id: row.id})
            SET d = row.props;

            // MENTIONS links: 1 rows, 1 batches
            UNWIND $rows AS row
            MATCH (d:Document {id: row.doc})
            MATCH (e:Entity {id: row.entity})
            MERGE (d)-[m:MENTIONS]->(e)
            SET m = row.props;

            // FOUNDED relationships: 1 rows, 1 batches
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:FOUNDED {id: row.id}]->(b)
            SET r = row.props;

            // prune: keep 2 ids
            MATCH ()-[r]->()
            WHERE r.kgraph_managed = true AND NOT r.id IN $ids
            DELETE r;

            // prune: keep 2 ids
            MATCH (n:Entity)
            WHERE n.kgraph_managed = true AND NOT n.id IN $ids AND NOT EXISTS { (n)--() }
            DELETE n;

            // prune: keep 1 ids
            MATCH (n:Document)
            WHERE n.kgraph_managed = true AND NOT n.id IN $ids AND NOT EXISTS { (n)--() }
            DELETE n;

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), Small.Describe(1000, prune: true));
    }

    [Fact]
    public void Rejected_relationships_are_not_loaded_and_are_pruned_if_they_were_before()
    {
        Assert.Equal(["ann.founded.acme.2024"], Small.Relationships.Select(r => r.Id));
        Assert.Equal(["ann.founded.acme.2024", "mentions.doc-1.ann"], (IEnumerable<string>)Small.PruneRequests()[0].Parameters["ids"]!);
    }

    [Fact]
    public void Rows_carry_the_marker_and_free_props_that_clash_with_core_properties_are_renamed()
    {
        var person = Small.Steps[0].Rows().Single();

        Assert.Equal(
            "{id: 'ann', props: {id: 'ann', name: 'Ann O\\'Neil', name_en: 'Ann', name_zh: '安', aliases: ['A. O\\'Neil', 'Annie'], born: 1970, " +
            "prop_id: 'clash', kgraph_managed: true}}",
            KGraph.Neo4j.Cypher.CypherLiteral.Of(person));
    }

    [Fact]
    public void Batches_split_rows_without_losing_or_repeating_any()
    {
        var graph = new KnowledgeGraph([], Enumerable.Range(0, 7).Select(i => Some.Person($"p{i}", $"P {i}")), []);
        var step = Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn).Steps.Single();

        var batches = step.Batches(3).ToList();

        Assert.Equal([3, 3, 1], batches.Select(b => b.Count));
        Assert.Equal(3, step.BatchCount(3));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), batches.SelectMany(b => b).Select(r => (string)r["id"]!));
    }

    [Fact]
    public void An_entity_type_outside_the_vocabulary_is_refused()
    {
        var graph = new KnowledgeGraph([], [new Entity { Id = "x", Type = "Spaceship", Name = "X" }], []);

        var error = Assert.Throws<ArgumentException>(() => Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn));

        Assert.Equal("entity 'x' has type 'Spaceship', which is not in the vocabulary", error.Message);
    }
}
