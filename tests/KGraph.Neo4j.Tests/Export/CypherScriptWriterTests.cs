using KGraph.Neo4j.Export;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Export;

public sealed class CypherScriptWriterTests
{
    [Fact]
    public void The_script_runs_the_loaders_statements_with_rows_as_escaped_literals()
    {
        var plan = Neo4jLoadPlan.For(Some.SmallGraph(), GraphVocabulary.BuiltIn);

        const string expected = """
            // KGraph graph for cypher-shell -f: constraints, entities, documents, MENTIONS, relationships.
            // Statements MERGE on ids: running this script again creates nothing new.

            CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
            CREATE CONSTRAINT kgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

            // Person entities: 1 rows
            UNWIND [
              {id: 'ann', props: {id: 'ann', name: 'Ann O\'Neil', name_en: 'Ann', name_zh: '安', aliases: ['A. O\'Neil', 'Annie'], born: 1970, prop_id: 'clash', kgraph_managed: true}}
            ] AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props, n:Person
            REMOVE n:Organization:Product:Place;

            // Organization entities: 1 rows
            UNWIND [
              {id: 'acme', props: {id: 'acme', name: 'Acme, "Inc"', kind: 'company', kgraph_managed: true}}
            ] AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props, n:Organization
            REMOVE n:Person:Product:Place;

            // documents: 1 rows
            UNWIND [
              {id: 'doc-1', props: {id: 'doc-1', title: 'It\'s "news"', url: 'https://example.test/a', published: '2024-03', lang: 'en', kgraph_managed: true}}
            ] AS row
            MERGE (d:Document {id: row.id})
            SET d = row.props;

            // MENTIONS links: 1 rows
            UNWIND [
              {doc: 'doc-1', entity: 'ann', props: {id: 'mentions.doc-1.ann', count: 2, kgraph_managed: true}}
            ] AS row
            MATCH (d:Document {id: row.doc})
            MATCH (e:Entity {id: row.entity})
            MERGE (d)-[m:MENTIONS]->(e)
            SET m = row.props;

            // FOUNDED relationships: 1 rows
            UNWIND [
              {id: 'ann.founded.acme.2024', from: 'ann', to: 'acme', props: {id: 'ann.founded.acme.2024', start: '2024', role: 'co-founder', confidence: 0.75, status: 'extracted', sources: ['doc-1'], quotes: ['Ann founded Acme;\nreally'], kgraph_managed: true}}
            ] AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:FOUNDED {id: row.id}]->(b)
            SET r = row.props;

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), CypherScriptWriter.ToText(plan));
    }

    [Fact]
    public void Large_steps_are_split_into_statements_of_bounded_size()
    {
        var graph = new KGraph.Model.KnowledgeGraph([], Enumerable.Range(0, 5).Select(i => Some.Person($"p{i}", "P")), []);

        var script = CypherScriptWriter.ToText(Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn), rowsPerStatement: 2);

        Assert.Equal(3, script.Split("UNWIND [").Length - 1);
        Assert.Equal(5, script.Split("\n  {id: 'p").Length - 1);
    }
}
