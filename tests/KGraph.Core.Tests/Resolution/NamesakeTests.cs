using KGraph.Store;

namespace KGraph.Core.Tests.Resolution;

/// <summary>Same name is not same person: extracted namesakes from different articles join only on agreeing evidence.</summary>
public class NamesakeTests
{
    private static string Article(string doc, string company, string id = "marcus-hale") => $"""
        kgraph: 1
        documents: [{"{"}id: {doc}{"}"}]
        entities:
          - {"{"}id: {id}, type: Person, name: Marcus Hale{"}"}
          - {"{"}id: {company}, type: Organization, name: {company}{"}"}
        relationships:
          - {"{"}from: {id}, type: LEADS, to: {company}, confidence: 0.8{"}"}
        """;

    private static (string[] Entities, string[] Facts, string[] Messages) Load(params (string Path, string Text)[] files)
    {
        using var root = Some.DataRoot(files);
        var result = GraphLoader.Load([root.Path], new LoadOptions { Texts = null });
        return (result.Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray(),
            result.Graph.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray(),
            result.Diagnostics.Select(d => d.ToString().Replace(root.Path + "/", "", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Two_articles_naming_different_companies_give_two_people_the_later_with_its_document_in_the_id()
    {
        var (entities, facts, messages) = Load(("extracted/a.yaml", Article("2025-01-corvid.en", "corvid-steel")),
            ("extracted/b.yaml", Article("2025-03-fairhaven.en", "fairhaven-bank")));
        Assert.Empty(messages);
        Assert.Equal(["corvid-steel", "fairhaven-bank", "marcus-hale", "marcus-hale.2025-03-fairhaven.en"], entities);
        Assert.Equal(["marcus-hale.2025-03-fairhaven.en.leads.fairhaven-bank", "marcus-hale.leads.corvid-steel"], facts);
    }

    [Fact]
    public void Two_articles_with_a_shared_company_give_one_person_even_under_different_ids()
    {
        var (entities, facts, _) = Load(("extracted/a.yaml", Article("d1", "corvid-steel")), ("extracted/b.yaml", Article("d2", "corvid-steel", id: "hale")));
        Assert.Equal(["corvid-steel", "hale"], entities);
        Assert.Equal(["hale.leads.corvid-steel"], facts);
    }

    [Fact]
    public void A_curated_entity_with_the_name_gathers_the_namesakes_of_every_article()
    {
        var (entities, facts, _) = Load(
            ("curated/people.yaml", "kgraph: 1\nentities:\n  - {id: m-hale, type: Person, name: M. Hale, aliases: [Marcus Hale]}\n"),
            ("extracted/a.yaml", Article("d1", "corvid-steel")), ("extracted/b.yaml", Article("d2", "fairhaven-bank")));
        Assert.Equal(["corvid-steel", "fairhaven-bank", "m-hale"], entities);
        Assert.Equal(["m-hale.leads.corvid-steel", "m-hale.leads.fairhaven-bank"], facts);
    }

    [Fact]
    public void A_review_merges_namesakes_kept_apart_and_a_distinct_keeps_apart_namesakes_a_shared_company_would_join()
    {
        var (merged, _, none) = Load(("extracted/a.yaml", Article("d1", "corvid-steel")), ("extracted/b.yaml", Article("d2", "fairhaven-bank")),
            ("reviews.yaml", "kgraph: 1\nreviews:\n  - {action: merge, into: marcus-hale, from: marcus-hale.d2}\n"));
        Assert.Empty(none);
        Assert.Equal(["corvid-steel", "fairhaven-bank", "marcus-hale"], merged);

        var (apart, facts, _) = Load(("extracted/a.yaml", Article("d1", "corvid-steel")), ("extracted/b.yaml", Article("d2", "corvid-steel")),
            ("reviews.yaml", "kgraph: 1\nreviews:\n  - {action: distinct, entity: marcus-hale, other: marcus-hale.d2}\n"));
        Assert.Equal(["corvid-steel", "marcus-hale", "marcus-hale.d2"], apart);
        Assert.Equal(["marcus-hale.d2.leads.corvid-steel", "marcus-hale.leads.corvid-steel"], facts);
    }

    [Fact]
    public void Within_one_article_two_ids_with_one_name_are_one_entity_unless_declared_distinct()
    {
        var text = Article("d1", "corvid-steel") + "\n  - {from: hale, type: LEADS, to: corvid-steel, role: CEO}\n";
        var (entities, _, _) = Load(("extracted/a.yaml",
            text.Replace("relationships:", "  - {id: hale, type: Person, name: Marcus  HALE}\nrelationships:", StringComparison.Ordinal)));
        Assert.Equal(["corvid-steel", "hale"], entities);

        var (apart, _, _) = Load(("extracted/a.yaml",
            text.Replace("relationships:", "  - {id: hale, type: Person, name: Marcus  HALE}\nrelationships:", StringComparison.Ordinal)),
            ("reviews.yaml", "kgraph: 1\nreviews:\n  - {action: distinct, entity: marcus-hale, other: hale}\n"));
        Assert.Equal(["corvid-steel", "hale", "marcus-hale"], apart);
    }

    [Fact]
    public void Organisations_with_one_name_in_two_articles_stay_one_entity_under_the_alphabetically_first_id_and_people_linked_to_it_agree()
    {
        var (entities, facts, _) = Load(("extracted/a.yaml", Article("d1", "corvid-steel")),
            ("extracted/b.yaml", Article("d2", "corvid-steel").Replace("- {id: corvid-steel,", "- {id: corvid,",
                StringComparison.Ordinal).Replace("to: corvid-steel", "to: corvid", StringComparison.Ordinal)));
        Assert.Equal(["corvid", "marcus-hale"], entities);
        Assert.Equal(["marcus-hale.leads.corvid"], facts);
    }
}
