using KGraph.Model;
using KGraph.Visualization.Selection;

namespace KGraph.Visualization.Tests.Selection;

public class GraphSelectorTests
{
    private static SelectionResult Select(DiagramSelection selection) => GraphSelector.Select(Some.AiGraph(), Some.Vocabulary, selection);

    private static List<string> NodeIds(SelectionResult result) => result.Graph!.Nodes.Select(n => n.Id).ToList();

    [Fact]
    public void A_focus_of_depth_1_is_the_entity_and_its_direct_neighbours_by_alias()
    {
        var result = Select(new DiagramSelection { Focus = "马斯克", Depth = 1 });

        Assert.Equal(["elon-musk", "openai", "xai"], NodeIds(result));
        Assert.Equal(5, result.Graph!.Edges.Count);
        Assert.Equal("Elon Musk: neighbourhood to depth 1", result.Graph.Title);
        Assert.Equal("focus-elon-musk", result.Graph.FileStem);
    }

    [Fact]
    public void A_focus_of_depth_2_reaches_the_neighbours_of_neighbours()
    {
        var result = Select(new DiagramSelection { Focus = "xAI", Depth = 2 });

        Assert.Equal(["anthropic", "dario-amodei", "elon-musk", "grok-1", "ilya-sutskever", "openai", "sam-altman", "xai"], NodeIds(result));
    }

    [Fact]
    public void A_depth_of_0_is_refused_with_the_reason()
    {
        var result = Select(new DiagramSelection { Focus = "xai", Depth = 0 });

        Assert.Null(result.Graph);
        Assert.Equal("depth must be at least 1 (got 0); depth 1 draws the entity and its direct neighbours", result.Error);
    }

    [Fact]
    public void A_focus_name_that_matches_nothing_says_so()
    {
        Assert.Equal("no entity is named 'Jeff Bezos'", Select(new DiagramSelection { Focus = "Jeff Bezos" }).Error);
    }

    [Fact]
    public void The_path_between_two_entities_holds_every_shortest_path_and_nothing_else()
    {
        var result = Select(new DiagramSelection { Path = ("Sam Altman", "claude") });

        Assert.Equal(["anthropic", "claude", "openai", "sam-altman"], NodeIds(result));
        Assert.Equal(["anthropic.competes_with.openai", "anthropic.developed.claude.2023", "sam-altman.leads.openai.2019"],
            result.Graph!.Edges.Select(e => e.Relationship.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("Shortest paths from Sam Altman to Claude (3 steps)", result.Graph.Title);
    }

    [Fact]
    public void Parallel_shortest_paths_are_all_kept()
    {
        // Musk reaches Amodei through OpenAI only, by three relationships (founded, left, sued); xAI is off the path.
        var result = Select(new DiagramSelection { Path = ("elon-musk", "dario-amodei") });

        Assert.Equal(["dario-amodei", "elon-musk", "openai"], NodeIds(result));
        Assert.Equal(3, result.Graph!.Edges.Count(e => e.Relationship.From == "elon-musk"));
    }

    [Fact]
    public void No_path_through_the_selected_types_is_an_error_naming_both_ends()
    {
        var result = Select(new DiagramSelection
        {
            Path = ("Sam Altman", "Claude"),
            Filter = new RelationshipFilter { Types = new HashSet<string> { "LEADS" } }
        });

        Assert.Equal("no path connects 'Sam Altman' and 'Claude' through the selected relationships", result.Error);
    }

    [Fact]
    public void A_type_filter_keeps_only_entities_that_still_have_a_relationship()
    {
        var result = Select(new DiagramSelection { Filter = new RelationshipFilter { Types = new HashSet<string> { "DEVELOPED" } } });

        Assert.Equal(["anthropic", "claude", "grok-1", "xai"], NodeIds(result));
        Assert.Equal("Knowledge graph (filtered)", result.Graph!.Title);
    }

    [Theory]
    [InlineData(null, "2016", 4)]
    [InlineData("2024", null, 13)]
    [InlineData("2023", "2023", 11)]
    public void The_time_window_keeps_undated_and_still_open_facts(string? since, string? until, int kept)
    {
        var filter = new RelationshipFilter
        {
            Since = since is null ? null : PartialDate.Parse(since),
            Until = until is null ? null : PartialDate.Parse(until),
        };

        Assert.Equal(kept, Select(new DiagramSelection { Filter = filter }).Graph!.Edges.Count);
    }

    [Fact]
    public void A_fact_that_ended_before_the_window_is_dropped()
    {
        var ended = Some.Fact("sam-altman", "WORKS_AT", "openai", 2015, null, "d", "q") with { End = new PartialDate(2018, 6) };
        var filter = new RelationshipFilter { Since = new PartialDate(2019) };

        Assert.False(filter.Keeps(ended));
        Assert.True(filter.Keeps(ended with { End = new PartialDate(2019, 1) }));
    }

    [Fact]
    public void Minimum_confidence_drops_low_scores_but_keeps_facts_people_wrote()
    {
        var result = Select(new DiagramSelection { Filter = new RelationshipFilter { MinConfidence = 0.8 } });

        Assert.Equal(10, result.Graph!.Edges.Count);
        Assert.All(result.Graph.Edges, e => Assert.True(e.Relationship.Confidence is null or >= 0.8));
    }

    [Fact]
    public void A_name_shared_by_two_entities_asks_for_an_id()
    {
        var graph = new KnowledgeGraph([], [Some.Organization("x-corp", "X"), Some.Product("x-app", "X")], []);

        var result = GraphSelector.Select(graph, Some.Vocabulary, new DiagramSelection { Focus = "x" });

        Assert.Equal("'x' names 2 entities: x-app (X, Product), x-corp (X, Organization); use an id to choose", result.Error);
    }

    [Fact]
    public void Ids_become_safe_file_names()
    {
        Assert.Equal("focus-a-b-c", "focus-" + GraphSelector.FileName("a/b\\c"));
        Assert.Equal("马斯克", GraphSelector.FileName("马斯克"));
        Assert.Equal(10, GraphSelector.FileName("../..").Length);
    }
}
