using KGraph.Store;

namespace KGraph.Core.Tests.Resolution;

/// <summary>The repository's sample graph, without and with the decisions recorded in graph-data/reviews.yaml.</summary>
public class SampleGraphTests
{
    private static LoadResult Load(params string[] paths) =>
        GraphLoader.Load(paths.Select(p => RepositoryFiles.PathOf("graph-data", p)).ToList(), new LoadOptions { Texts = null });

    private static string[] Edges(LoadResult load, string from, string type, string to) =>
        load.Graph.Relationships.Where(r => (r.From, r.Type, r.To) == (from, type, to)).Select(r => r.Id).ToArray();

    [Fact]
    public void Without_the_review_log_repeated_facts_collapse_but_the_cross_script_duplicate_stays()
    {
        var load = Load("curated", "extracted");
        Assert.False(load.HasErrors, string.Join("\n", load.Errors));
        Assert.Equal((50, 97), (load.Graph.Entities.Count, load.Graph.Relationships.Count));
        Assert.Contains("拉里-佩奇", load.Graph.EntitiesById.Keys);
        Assert.Equal(["elon-musk.leads.tesla.2004", "elon-musk.leads.tesla.2008-10"], Edges(load, "elon-musk", "LEADS", "tesla"));
        Assert.Equal(["elon-musk.founded.openai", "elon-musk.founded.openai.2015-12", "elon-musk.founded.openai.2018-02"],
            Edges(load, "elon-musk", "FOUNDED", "openai"));
    }

    [Fact]
    public void With_the_review_log_larry_page_is_one_person_and_each_founding_is_one_fact_with_all_its_quotes()
    {
        var load = Load("");
        Assert.Empty(load.Diagnostics);
        Assert.Equal((49, 89), (load.Graph.Entities.Count, load.Graph.Relationships.Count));
        Assert.Equal(["Larry Page", "拉里·佩奇"], load.Graph.EntitiesById["larry-page"].AllNames().Distinct());
        Assert.Equal(["larry-page.founded.google"], Edges(load, "larry-page", "FOUNDED", "google"));
        Assert.Single(load.Graph.Entities, e => e.Name == "Elon Musk");
        var founded = load.Graph.Relationships.Single(r => r.Id == "elon-musk.founded.openai.2015-12");
        Assert.Equal(["elon-musk.founded.openai.2015-12"], Edges(load, "elon-musk", "FOUNDED", "openai"));
        Assert.Equal(["2024-03-04-musk-openai-lawsuit.en", "2024-03-06-musk-sues-openai.zh"],
            founded.Evidence.Select(e => e.Doc).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["dario-amodei.founded.anthropic.2021"], Edges(load, "dario-amodei", "FOUNDED", "anthropic"));
        Assert.Equal(["elon-musk.founded.spacex.2002"], Edges(load, "elon-musk", "FOUNDED", "spacex"));
    }
}
