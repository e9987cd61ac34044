using KGraph.Model;
using KGraph.Store;

namespace KGraph.Core.Tests.Reviews;

/// <summary>Replay of retype, distinct and attach, alone, in chains and as reversals of earlier decisions.</summary>
public class ReviewDecisionTests
{
    private const string Curated = """
        kgraph: 1
        entities:
          - {id: elon-musk, type: Person, name: Elon Musk, aliases: [Musk]}
          - {id: openai, type: Organization, name: OpenAI}
        relationships:
          - {from: elon-musk, type: SUED, to: openai, start: 2024-03}
        """;

    private const string Extracted = """
        kgraph: 1
        documents: [{id: d1}]
        entities:
          - {id: e-musk, type: Person, name: E. Musk}
          - {id: open-ai-inc, type: Organization, name: Open AI Inc.}
          - {id: musk, type: Person, name: Musk}
        relationships:
          - {from: e-musk, type: SUED, to: open-ai-inc, confidence: 0.7, evidence: [{doc: d1, span: [0, 4], quote: sued}]}
          - {from: e-musk, type: CRITICIZED, to: open-ai-inc, confidence: 0.5, evidence: [{doc: d1, span: [5, 9], quote: said}]}
          - {from: e-musk, type: FOUNDED, to: open-ai-inc, start: 2015, confidence: 0.6, evidence: [{doc: d1, span: [10, 14], quote: made}]}
        """;

    /// <summary>Loads the fixture with a review log of the given decisions, one per line from line 3.</summary>
    private static (LoadResult Result, string[] Messages) Load(params string[] decisions)
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", Extracted),
            ("reviews.yaml", "kgraph: 1\nreviews:\n" + string.Concat(decisions.Select(d => $"  - {d}\n"))));
        var result = GraphLoader.Load([root.Path], new LoadOptions { Texts = null });
        return (result, result.Diagnostics.Select(d => d.ToString().Replace(root.Path + "/", "", StringComparison.Ordinal)).ToArray());
    }

    private static string[] Ids(LoadResult result) => result.Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray();

    private static string[] Facts(LoadResult result) => result.Graph.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Linking_by_name_merges_an_extracted_entity_into_the_curated_one_that_owns_the_name()
    {
        var (result, messages) = Load();
        Assert.Empty(messages);
        Assert.Equal(["e-musk", "elon-musk", "open-ai-inc", "openai"], Ids(result));
    }

    [Fact]
    public void A_retype_changes_the_type_and_the_last_of_two_retypes_wins()
    {
        var (result, messages) = Load("{action: retype, entity: e-musk, type: Organization}", "{action: retype, entity: e-musk, type: Person}");
        Assert.Empty(messages);
        Assert.Equal("Person", result.Graph.EntitiesById["e-musk"].Type);
    }

    [Fact]
    public void A_retype_that_breaks_a_relationships_endpoints_is_reported_like_any_endpoint_violation()
    {
        var (_, messages) = Load("{action: retype, entity: open-ai-inc, type: Place}");
        Assert.Equal([
            "extracted/x.yaml:8:26: SUED is not allowed from Person to Place (allowed: Person/Organization → Person/Organization)",
            "extracted/x.yaml:9:26: CRITICIZED is not allowed from Person to Place (allowed: Person/Organization → Person/Organization)",
            "extracted/x.yaml:10:26: FOUNDED is not allowed from Person to Place (allowed: Person/Organization → Organization/Product)",
        ], messages);
    }

    [Fact]
    public void A_rename_then_a_retype_by_the_new_id_applies_to_the_renamed_entity()
    {
        var (result, messages) = Load("{action: rename, from: open-ai-inc, to: oai}", "{action: retype, entity: oai, type: Product}",
            "{action: retype, entity: oai, type: Organization}");
        Assert.Empty(messages);
        Assert.Equal("Organization", result.Graph.EntitiesById["oai"].Type);
        Assert.DoesNotContain("open-ai-inc", Ids(result));
    }

    [Fact]
    public void A_retype_to_an_unknown_type_is_an_error_at_the_type_with_a_suggestion()
    {
        var (result, messages) = Load("{action: retype, entity: e-musk, type: Persn}", "{action: retype, entity: e-musk, type: Robot}");
        Assert.True(result.HasErrors);
        Assert.Equal([
            "reviews.yaml:3:44: retype: unknown entity type 'Persn'; did you mean 'Person'?",
            "reviews.yaml:4:44: retype: unknown entity type 'Robot' (known: Person, Organization, Product, Place)",
        ], messages);
    }

    [Fact]
    public void A_decision_naming_a_missing_entity_or_relationship_warns_at_its_position_with_the_closest_id()
    {
        var (result, messages) = Load(
            "{action: retype, entity: e-msuk, type: Person}",
            "{action: merge, into: elon-musk, from: open-ai-inv}",
            "{action: distinct, entity: elon-musk, other: zz}",
            "{action: attach, relationship: e-musk.sued.open-ai-inc, onto: elon-musk.sued.openai.2024-3}",
            "{action: accept, relationship: e-musk.founded.open-ai-inc.2051}");
        Assert.False(result.HasErrors);
        Assert.Equal([
            "reviews.yaml:3:30: warning: retype: entity 'e-msuk' is not in the data (did you mean 'e-musk'?); review skipped",
            "reviews.yaml:4:44: warning: merge: entity 'open-ai-inv' is not in the data (did you mean 'open-ai-inc'?); review skipped",
            "reviews.yaml:5:50: warning: distinct: entity 'zz' is not in the data; review skipped",
            "reviews.yaml:6:67: warning: attach: relationship 'elon-musk.sued.openai.2024-3' is not in the data (did you mean " +
                "'elon-musk.sued.openai.2024-03'?); review skipped",
            "reviews.yaml:7:36: warning: accept: relationship 'e-musk.founded.open-ai-inc.2051' is not in the data (did you mean " +
                "'e-musk.founded.open-ai-inc.2015'?); review skipped",
        ], messages);
    }

    [Fact]
    public void A_merge_across_types_is_refused_with_the_retype_to_record_and_works_after_that_retype()
    {
        var (_, refused) = Load("{action: merge, into: openai, from: e-musk}");
        Assert.Equal(["reviews.yaml:3:5: merge: 'e-musk' (Person) and 'openai' (Organization) have different types; record 'retype e-musk Organization' " +
            "before the merge; review skipped"],
            refused);

        var (result, messages) = Load("{action: retype, entity: open-ai-inc, type: Person}", "{action: merge, into: e-musk, from: open-ai-inc}");
        Assert.Equal(["e-musk", "elon-musk", "openai"], Ids(result));
        Assert.Equal(["E. Musk", "Open AI Inc."], result.Graph.EntitiesById["e-musk"].AllNames());
        Assert.Equal(["extracted/x.yaml:10:26: FOUNDED is not allowed from Person to Person (allowed: Person/Organization → " +
            "Organization/Product)"], messages);
    }

    [Fact]
    public void Distinct_keeps_an_extracted_entity_from_being_linked_by_name()
    {
        var (result, messages) = Load("{action: distinct, entity: musk, other: elon-musk}");
        Assert.Empty(messages);
        Assert.Equal(["e-musk", "elon-musk", "musk", "open-ai-inc", "openai"], Ids(result));
    }

    [Fact]
    public void A_merge_after_distinct_is_refused_naming_the_distinct_decisions_line()
    {
        var (result, messages) = Load(
            "{action: distinct, entity: e-musk, other: elon-musk}",
            "{action: rename, from: e-musk, to: musk-e}",
            "{action: merge, into: elon-musk, from: musk-e}");
        Assert.True(result.HasErrors);
        Assert.Equal(["reviews.yaml:5:5: merge: 'musk-e' and 'elon-musk' were declared distinct at line 3; remove that decision to merge them; review " +
            "skipped"], messages);
        Assert.Contains("musk-e", Ids(result));
    }

    [Fact]
    public void A_distinct_after_a_merge_reverses_it_even_through_a_rename_and_says_so_at_the_merge()
    {
        var (result, messages) = Load(
            "{action: rename, from: e-musk, to: musk-e}",
            "{action: merge, into: elon-musk, from: musk-e}",
            "{action: distinct, entity: e-musk, other: elon-musk}");
        Assert.Equal(["reviews.yaml:4:5: warning: merge: reversed by the distinct decision at line 5; review skipped"], messages);
        Assert.Equal(["elon-musk", "musk-e", "open-ai-inc", "openai"], Ids(result));
        Assert.Equal(["elon-musk.sued.openai.2024-03", "musk-e.criticized.open-ai-inc", "musk-e.founded.open-ai-inc.2015",
            "musk-e.sued.open-ai-inc"], Facts(result));
    }

    [Fact]
    public void A_distinct_of_an_entity_and_itself_is_an_error()
    {
        var (_, messages) = Load("{action: distinct, entity: e-musk, other: e-musk}");
        Assert.Equal(["reviews.yaml:3:47: distinct: 'e-musk' cannot be distinct from itself"], messages);
    }

    [Fact]
    public void Attach_after_merges_moves_the_evidence_onto_the_curated_fact_and_the_attached_fact_goes()
    {
        var (result, messages) = Load(
            "{action: merge, into: elon-musk, from: e-musk}",
            "{action: merge, into: openai, from: open-ai-inc}",
            "{action: attach, relationship: elon-musk.criticized.openai, onto: elon-musk.sued.openai.2024-03}");
        Assert.Empty(messages);
        Assert.Equal(["elon-musk.founded.openai.2015", "elon-musk.sued.openai.2024-03"], Facts(result));
        var sued = result.Graph.Relationships.Single(r => r.Id == "elon-musk.sued.openai.2024-03");
        Assert.Equal(["said", "sued"], sued.Evidence.Select(e => e.Quote));
        Assert.Equal(RelationshipStatus.Reviewed, sued.Status);
    }

    [Fact]
    public void An_attach_chain_pools_all_the_evidence_at_its_end_and_decisions_on_attached_facts_point_there()
    {
        var (result, messages) = Load(
            "{action: attach, relationship: e-musk.criticized.open-ai-inc, onto: e-musk.sued.open-ai-inc}",
            "{action: attach, relationship: e-musk.sued.open-ai-inc, onto: e-musk.founded.open-ai-inc.2015}",
            "{action: reject, relationship: e-musk.criticized.open-ai-inc}",
            "{action: accept, relationship: e-musk.founded.open-ai-inc.2015}",
            "{action: attach, relationship: e-musk.sued.open-ai-inc, onto: elon-musk.sued.openai.2024-03}");
        Assert.Equal([
            "reviews.yaml:5:36: warning: reject: relationship 'e-musk.criticized.open-ai-inc' was attached onto 'e-musk.sued.open-ai-inc' at line 3; " +
            "decide on 'e-musk.founded.open-ai-inc.2015'; review skipped",
            "reviews.yaml:7:36: warning: attach: relationship 'e-musk.sued.open-ai-inc' was attached onto 'e-musk.founded.open-ai-inc.2015' at line 4; " +
            "decide on 'e-musk.founded.open-ai-inc.2015'; review skipped",
        ], messages);
        var founded = Assert.Single(result.Graph.Relationships, r => r.From == "e-musk");
        Assert.Equal(("e-musk.founded.open-ai-inc.2015", RelationshipStatus.Reviewed), (founded.Id, founded.Status));
        Assert.Equal(["made", "sued", "said"], founded.Evidence.Select(e => e.Quote));
    }

    [Fact]
    public void A_relationship_attached_onto_itself_is_an_error()
    {
        var (_, messages) = Load("{action: attach, relationship: e-musk.sued.open-ai-inc, onto: e-musk.sued.open-ai-inc}");
        Assert.Equal(["reviews.yaml:3:67: attach: relationship 'e-musk.sued.open-ai-inc' cannot be attached onto itself"], messages);
    }
}
