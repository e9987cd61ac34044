using KGraph.Analysis.Views;
using KGraph.Model;

namespace KGraph.Analysis.Tests.Views;

public class GraphViewTests
{
    private static List<string> KeptIds(RelationshipFilter filter) =>
        GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary, filter).Relationships.Select(r => r.Id).ToList();

    [Fact]
    public void Rejected_relationships_are_always_left_out()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

        Assert.Equal(9, view.Relationships.Count);
        Assert.DoesNotContain(view.Relationships, r => r.Status == RelationshipStatus.Rejected);
        Assert.Equal(8, view.Compact.VertexCount);
    }

    [Fact]
    public void Symmetric_types_give_an_arc_each_way_and_other_types_one()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

        Assert.Equal(10, view.Compact.OutTarget.Length);
        Assert.Equal([4], view.Compact.OutNeighbors(0).ToArray());
        Assert.Equal([0], view.Compact.OutNeighbors(4).ToArray());
        Assert.Equal(10, view.ToDirected().EdgeCount);
        Assert.Equal(9, view.ToUndirected().EdgeCount);
    }

    [Fact]
    public void Between_lists_the_kept_relationships_joining_two_entities_either_way_in_ID_order()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

        Assert.Equal(["elon-musk.founded.openai.2015-12", "elon-musk.sued.openai.2024"], view.Between(4, 2).Select(r => r.Id));
        Assert.Equal(["elon-musk.founded.openai.2015-12", "elon-musk.sued.openai.2024"], view.Between(2, 4).Select(r => r.Id));
        Assert.Equal(["anthropic.competes_with.openai"], view.Between(0, 4).Select(r => r.Id));
        Assert.Empty(view.Between(7, 4));
        Assert.Empty(view.Between(1, 2));
    }

    [Fact]
    public void Between_an_entity_and_itself_lists_its_self_loops_once()
    {
        var graph = Some.Graph([Some.Person("a", "A"), Some.Person("b", "B")], Some.Relationship("a", "MET", "a"), Some.Relationship("a", "MET", "b"));
        var view = GraphView.Build(graph, SampleGraph.Vocabulary);

        Assert.Equal(["a.met.a"], view.Between(0, 0).Select(r => r.Id));
        Assert.Empty(view.Between(1, 1));
    }

    [Fact]
    public void As_of_keeps_what_had_started_and_not_yet_ended()
    {
        var kept = KeptIds(new RelationshipFilter { AsOf = new PartialDate(2017) });

        Assert.Equal(
            ["anthropic.competes_with.openai", "dario-amodei.works_at.openai.2016", "elon-musk.founded.openai.2015-12", "elon-musk.leads.tesla.2008",
                "kimbal-musk.member_of.tesla"],
            kept);
    }

    [Fact]
    public void Since_drops_what_ended_before_and_until_drops_what_started_after()
    {
        Assert.DoesNotContain("dario-amodei.works_at.openai.2016", KeptIds(new RelationshipFilter { Since = new PartialDate(2021) }));
        Assert.Contains("dario-amodei.works_at.openai.2016", KeptIds(new RelationshipFilter { Since = new PartialDate(2020, 12, 31) }));
        Assert.Equal(
            ["anthropic.competes_with.openai", "elon-musk.founded.openai.2015-12", "elon-musk.leads.tesla.2008", "kimbal-musk.member_of.tesla"],
            KeptIds(new RelationshipFilter { Until = new PartialDate(2015) }));
    }

    [Fact]
    public void Minimum_confidence_drops_weak_extractions_but_keeps_facts_people_wrote()
    {
        var kept = KeptIds(new RelationshipFilter { MinConfidence = 0.7 });

        Assert.Equal(8, kept.Count);
        Assert.DoesNotContain("kimbal-musk.member_of.tesla", kept);
        Assert.Contains("elon-musk.sued.openai.2024", kept);
    }

    [Fact]
    public void Reviewed_only_drops_extracted_relationships()
    {
        var kept = KeptIds(new RelationshipFilter { ReviewedOnly = true });

        Assert.Equal(7, kept.Count);
        Assert.DoesNotContain("elon-musk.sued.openai.2024", kept);
    }

    [Fact]
    public void Type_filter_keeps_only_the_named_types()
    {
        Assert.Equal(
            ["dario-amodei.founded.anthropic.2021", "elon-musk.founded.openai.2015-12", "elon-musk.founded.xai.2023"],
            KeptIds(new RelationshipFilter { Types = new HashSet<string> { "FOUNDED" } }));
    }

    [Fact]
    public void A_window_with_no_relationships_keeps_the_entities_as_isolated_vertices()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary, new RelationshipFilter { Until = new PartialDate(1990) });

        Assert.Equal(["anthropic.competes_with.openai", "kimbal-musk.member_of.tesla"], view.Relationships.Select(r => r.Id));
        Assert.Equal(8, view.Compact.VertexCount);
    }

    [Fact]
    public void The_filter_describes_itself()
    {
        var filter = new RelationshipFilter
        {
            Types = new HashSet<string> { "LEADS", "FOUNDED" },
            AsOf = new PartialDate(2024, 3),
            MinConfidence = 0.5,
            ReviewedOnly = true
        };

        Assert.Equal("types FOUNDED, LEADS; as of 2024-03; confidence ≥ 0.5; reviewed only", filter.Describe());
        Assert.Equal("all relationships except rejected ones", RelationshipFilter.All.Describe());
    }
}
