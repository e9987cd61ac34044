using KGraph.Diagnostics;
using KGraph.Vocabulary;

namespace KGraph.Core.Tests.Vocabulary;

public class GraphVocabularyTests
{
    [Fact]
    public void The_built_in_vocabulary_has_every_type_of_the_spec()
    {
        var v = GraphVocabulary.BuiltIn;
        Assert.Equal(["Person", "Organization", "Product", "Place"], v.EntityTypes.Select(t => t.Name));
        Assert.Equal(
            ["FOUNDED", "LEADS", "WORKS_AT", "LEFT", "MEMBER_OF", "INVESTED_IN", "OWNS", "SUBSIDIARY_OF", "CONTROLS", "ACQUIRED", "SUED", "DEVELOPED",
             "RECRUITED", "SUPPORTS", "CRITICIZED", "COMPETES_WITH", "PARTNERED_WITH", "MET", "FAMILY", "EDUCATED_AT", "HEADQUARTERED_IN", "ENDORSES",
                 "SUPPLIES", "ASSOCIATED_WITH"],
            v.RelationshipTypes.Select(t => t.Name));
        Assert.Equal(["COMPETES_WITH", "PARTNERED_WITH", "MET", "FAMILY", "ASSOCIATED_WITH"], v.RelationshipTypes.Where(t => t.Symmetric).Select(t => t.Name));
        Assert.Equal("P112 (inverse)", v.RelationshipType("FOUNDED")!.Mappings["wikidata"]);
        Assert.Equal("Work_For", v.RelationshipType("WORKS_AT")!.Mappings["conll04"]);
    }

    [Theory]
    [InlineData("FOUNDED", "Person", "Organization", true)]
    [InlineData("FOUNDED", "Organization", "Person", false)]
    [InlineData("HEADQUARTERED_IN", "Organization", "Place", true)]
    [InlineData("COMPETES_WITH", "Product", "Place", true)]
    [InlineData("PARTNERED_WITH", "Organization", "Person", true)]
    [InlineData("MET", "Person", "Organization", false)]
    public void Endpoint_types_are_checked_both_ways_for_symmetric_types(string type, string from, string to, bool allowed) =>
        Assert.Equal(allowed, GraphVocabulary.BuiltIn.RelationshipType(type)!.Allows(from, to));

    [Fact]
    public void A_broken_schema_file_reports_every_problem()
    {
        var bag = new DiagnosticBag();
        VocabularyReader.Parse("schema.yaml", """
            kgraph: 1
            entity_types:
              - {name: Person}
              - {name: Person}
            relationship_types:
              - {name: knows, from: [Person], to: [Person]}
              - {name: OWNS, from: [Person], to: [Robot]}
              - {name: LIKES, to: [Person]}
            """, bag);
        Assert.Equal(
            [
                "schema.yaml:4:12: entity type 'Person' is defined twice",
                "schema.yaml:6:12: relationship type 'knows' must be UPPER_SNAKE_CASE (A-Z, 0-9, _), as Neo4j relationship types are",
                "schema.yaml:7:39: 'to' names unknown entity type 'Robot'",
                "schema.yaml:8:5: relationship type is missing 'from'",
            ],
            bag.Sorted().Select(d => d.ToString()));
    }
}
