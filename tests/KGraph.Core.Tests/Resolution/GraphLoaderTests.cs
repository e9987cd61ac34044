using KGraph.Model;
using KGraph.Store;

namespace KGraph.Core.Tests.Resolution;

public class GraphLoaderTests
{
    private const string Curated = """
        kgraph: 1
        entities:
          - id: elon-musk
            type: Person
            name: Elon Musk
            names: {zh: 埃隆·马斯克, en: Elon Musk}
            aliases: [马斯克, Musk]
          - {id: xai, type: Organization, name: xAI}
          - {id: openai, type: Organization, name: OpenAI}
          - {id: grok-1, type: Product, name: Grok-1}
        relationships:
          - {from: elon-musk, type: FOUNDED, to: xai, start: 2023}
        """;

    private static LoadResult Load(TempFolder root) => GraphLoader.Load([root.Path], new LoadOptions { Texts = null });

    private static string[] Messages(LoadResult result, TempFolder root) =>
        result.Diagnostics.Select(d => d.ToString().Replace(root.Path + "/", "", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Relationships_from_many_files_share_one_copy_of_each_entity_id_type_and_document_id()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated),
            ("extracted/x.yaml", """
                kgraph: 1
                relationships:
                  - {from: elon-musk, type: LEADS, to: xai, evidence: [{doc: d1, span: [0, 4], quote: Musk, rule: en.leads}]}
                """),
            ("extracted/y.yaml", """
                kgraph: 1
                relationships:
                  - {from: elon-musk, type: LEADS, to: openai, evidence: [{doc: d1, span: [5, 9], quote: Musk, rule: en.leads}]}
                """));
        var result = Load(root);

        Assert.Empty(result.Diagnostics);
        var leads = result.Graph.Relationships.Where(r => r.Type == "LEADS").ToList();
        Assert.Equal(["elon-musk.leads.openai", "elon-musk.leads.xai"], leads.Select(r => r.Id));
        var musk = result.Graph.EntitiesById["elon-musk"];
        Assert.All(leads, r => Assert.Same(musk.Id, r.From));
        Assert.Same(result.Graph.EntitiesById["xai"].Id, leads[1].To);
        Assert.Same(leads[0].Type, leads[1].Type);
        Assert.Same(leads[0].Evidence[0].Doc, leads[1].Evidence[0].Doc);
        Assert.Same(leads[0].Evidence[0].Rule, leads[1].Evidence[0].Rule);
        Assert.Same(leads[0].Props, leads[1].Props);
    }

    [Fact]
    public void Names_in_any_script_or_spelling_resolve_to_the_curated_entity()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", """
            kgraph: 1
            entities:
              - {id: 埃隆-马斯克, type: Person, name: 埃隆・马斯克}
              - {id: musk-2, type: Person, name: "ELON  musk"}
              - {id: xai-corp, type: Organization, name: XAI}
            relationships:
              - {from: 埃隆-马斯克, type: FOUNDED, to: xai-corp, start: 2023, confidence: 0.9, status: extracted}
              - {from: musk-2, type: SUED, to: openai}
            """));
        var result = Load(root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["elon-musk", "grok-1", "openai", "xai"], result.Graph.Entities.Select(e => e.Id));
        Assert.Equal(["elon-musk.founded.xai.2023", "elon-musk.sued.openai"], result.Graph.Relationships.Select(r => r.Id));
        var founded = result.Graph.Relationships[0];
        Assert.Equal((RelationshipStatus.Reviewed, 0.9), (founded.Status, founded.Confidence));
    }

    [Fact]
    public void Merging_keeps_every_name_as_an_alias_and_pools_mentions_and_evidence()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", """
            kgraph: 1
            documents: [{id: d1}, {id: d2}]
            entities:
              - id: 马斯克
                type: Person
                name: 马斯克
                aliases: [老马]
                mentions: [{doc: d1, span: [0, 3], text: 马斯克}]
            relationships:
              - {from: 马斯克, type: FOUNDED, to: xai, start: 2023, evidence: [{doc: d1, span: [0, 9], quote: 马斯克创立了xAI}]}
            """), ("extracted/y.yaml", """
            kgraph: 1
            entities:
              - {id: musk, type: Person, name: Musk, mentions: [{doc: d2, span: [4, 8], text: Musk}]}
            relationships:
              - {from: musk, type: FOUNDED, to: xai, start: 2023, evidence: [{doc: d2, span: [0, 20], quote: Musk founded xAI in 2023}]}
            """));
        var result = Load(root);

        Assert.Empty(result.Diagnostics);
        var musk = result.Graph.EntitiesById["elon-musk"];
        Assert.Equal(["马斯克", "Musk", "老马"], musk.Aliases);
        Assert.Equal(2, musk.Mentions.Count);
        Assert.Equal(2, Assert.Single(result.Graph.Relationships, r => r.Type == "FOUNDED").Evidence.Count);
    }

    [Fact]
    public void A_duplicate_curated_id_is_reported_with_both_positions()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated),
            ("curated/b.yaml", "kgraph: 1\nentities:\n  - {id: xai, type: Organization, name: X.AI}\n"));
        Assert.Equal(["curated/b.yaml:3:10: duplicate entity id 'xai' (first defined at curated/a.yaml:8:5)"], Messages(Load(root), root));
    }

    [Fact]
    public void An_id_defined_with_two_types_is_reported()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/b.yaml", "kgraph: 1\nentities:\n  - {id: xai, type: Product, name: xAI}\n"));
        Assert.Equal(["extracted/b.yaml:3:21: entity 'xai' is a Product here but a Organization at curated/a.yaml:8:5"], Messages(Load(root), root));
    }

    [Fact]
    public void An_alias_claimed_by_two_entities_is_reported_at_the_second_claim()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated),
            ("curated/b.yaml", "kgraph: 1\nentities:\n  - {id: kimbal-musk, type: Person, name: Kimbal Musk, aliases: [musk]}\n"));
        Assert.Equal(["curated/b.yaml:3:66: name 'musk' is claimed by two entities: 'elon-musk' (at curated/a.yaml:7:20) and 'kimbal-musk'"],
            Messages(Load(root), root));
    }

    [Fact]
    public void A_dangling_endpoint_is_reported_at_the_endpoint()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated + "\n  - {from: elon-musk, type: SUED, to: openia}\n"));
        Assert.Equal(["curated/a.yaml:13:39: relationship 'elon-musk.sued.openia': 'to' refers to unknown entity 'openia'"], Messages(Load(root), root));
    }

    [Fact]
    public void A_type_not_allowed_between_the_endpoint_types_is_reported()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated + "\n  - {from: grok-1, type: FOUNDED, to: elon-musk}\n"));
        Assert.Equal(["curated/a.yaml:13:26: FOUNDED is not allowed from Product to Person (allowed: Person/Organization → Organization/Product)"],
            Messages(Load(root), root));
    }

    [Fact]
    public void Two_different_facts_under_one_explicit_id_are_reported()
    {
        using var root = Some.DataRoot(("curated/a.yaml",
            Curated + "\n  - {id: r1, from: elon-musk, type: SUED, to: openai}\n  - {id: r1, from: xai, type: COMPETES_WITH, to: openai}\n"));
        Assert.Equal(["curated/a.yaml:14:10: relationship id 'r1' is already used for a different fact at curated/a.yaml:13:5"], Messages(Load(root), root));
    }

    [Fact]
    public void Problems_from_every_file_are_reported_together_in_file_order()
    {
        using var root = Some.DataRoot(("curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, nme: A}\n"),
            ("curated/b.yaml", "kgraph: 1\nbad: [\n"));
        Assert.Equal(
            ["curated/a.yaml:3:5: entity is missing 'name'", "curated/a.yaml:3:27: unknown key 'nme' in entity; did you mean 'name'?",
                "curated/b.yaml:3:1: YAML syntax error: While parsing a node, did not find expected node content."],
            Messages(Load(root), root));
    }

    [Fact]
    public void A_schema_beside_the_data_extends_the_vocabulary_without_code()
    {
        var schema = KGraph.Vocabulary.GraphVocabulary.BuiltInText() + "  - name: MENTORED\n    description: Taught.\n    from: [Person]\n    to: [Person]\n";
        using var root = Some.DataRoot(("schema.yaml", schema),
            ("curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: A}\n  - {id: b, type: Person, name: B}\nrelationships:\n  - {from: a, " +
                "type: MENTORED, to: b}\n"));
        var result = Load(root);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("a.mentored.b", Assert.Single(result.Graph.Relationships).Id);
    }

    [Fact]
    public void An_undated_extracted_fact_joins_its_one_dated_curated_twin()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", """
            kgraph: 1
            documents: [{id: d1}]
            relationships:
              - {from: elon-musk, type: FOUNDED, to: xai, confidence: 0.8, evidence: [{doc: d1, span: [0, 9], quote: 马斯克创立了xAI}]}
            """));
        var founded = Assert.Single(Load(root).Graph.Relationships);
        Assert.Equal(("elon-musk.founded.xai.2023", RelationshipStatus.Reviewed, 0.8, 1),
            (founded.Id, founded.Status, founded.Confidence, founded.Evidence.Count));
    }

    [Fact]
    public void An_undated_fact_stays_apart_when_two_dated_facts_could_be_it_or_it_was_rejected()
    {
        using var root = Some.DataRoot(
            ("curated/a.yaml", Curated + "\n  - {from: elon-musk, type: FOUNDED, to: xai, start: 2025}\n" +
                "  - {from: elon-musk, type: SUED, to: openai, start: 2024}\n"),
            ("extracted/x.yaml", """
            kgraph: 1
            relationships:
              - {from: elon-musk, type: FOUNDED, to: xai}
              - {from: elon-musk, type: SUED, to: openai, status: rejected}
            """));
        Assert.Equal(
            ["elon-musk.founded.xai", "elon-musk.founded.xai.2023", "elon-musk.founded.xai.2025", "elon-musk.sued.openai", "elon-musk.sued.openai.2024"],
            Load(root).Graph.Relationships.Select(r => r.Id));
    }
}
