using KGraph.Analysis.Views;
using KGraph.Model;

namespace KGraph.Analysis.Tests.Views;

public class GraphViewTests
{
    private static List<string> KeptIds(RelationshipFilter filter) =>
        GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary, filter).Relationships.Select(r => r.Id).ToList();

    [Fact]
    public void RejectedRelationshipsAreAlwaysLeftOut()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

        Assert.Equal(9, view.Relationships.Count);
        Assert.DoesNotContain(view.Relationships, r => r.Status == RelationshipStatus.Rejected);
        Assert.Equal(8, view.Compact.VertexCount);
    }

    [Fact]
    public void SymmetricTypesGiveAnArcEachWayAndOtherTypesOne()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

        Assert.Equal(10, view.Compact.OutTarget.Length);
        Assert.Equal([4], view.Compact.OutNeighbors(0).ToArray());
        Assert.Equal([0], view.Compact.OutNeighbors(4).ToArray());
        Assert.Equal(10, view.ToDirected().EdgeCount);
        Assert.Equal(9, view.ToUndirected().EdgeCount);
    }

    [Fact]
    public void BetweenListsTheKeptRelationshipsJoiningTwoEntitiesEitherWayInIdOrder()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

        Assert.Equal(["elon-musk.founded.openai.2015-12", "elon-musk.sued.openai.2024"], view.Between(4, 2).Select(r => r.Id));
        Assert.Equal(["elon-musk.founded.openai.2015-12", "elon-musk.sued.openai.2024"], view.Between(2, 4).Select(r => r.Id));
        Assert.Equal(["anthropic.competes_with.openai"], view.Between(0, 4).Select(r => r.Id));
        Assert.Empty(view.Between(7, 4));
        Assert.Empty(view.Between(1, 2));
    }

    [Fact]
    public void BetweenAnEntityAndItselfListsItsSelfLoopsOnce()
    {
        var graph = Some.Graph([Some.Person("a", "A"), Some.Person("b", "B")], Some.Relationship("a", "MET", "a"), Some.Relationship("a", "MET", "b"));
        var view = GraphView.Build(graph, SampleGraph.Vocabulary);

        Assert.Equal(["a.met.a"], view.Between(0, 0).Select(r => r.Id));
        Assert.Empty(view.Between(1, 1));
    }

    [Fact]
    public void AsOfKeepsWhatHadStartedAndNotYetEnded()
    {
        var kept = KeptIds(new RelationshipFilter { AsOf = new PartialDate(2017) });

        Assert.Equal(
            ["anthropic.competes_with.openai", "dario-amodei.works_at.openai.2016", "elon-musk.founded.openai.2015-12", "elon-musk.leads.tesla.2008", "kimbal-musk.member_of.tesla"],
            kept);
    }

    [Fact]
    public void SinceDropsWhatEndedBeforeAndUntilDropsWhatStartedAfter()
    {
        Assert.DoesNotContain("dario-amodei.works_at.openai.2016", KeptIds(new RelationshipFilter { Since = new PartialDate(2021) }));
        Assert.Contains("dario-amodei.works_at.openai.2016", KeptIds(new RelationshipFilter { Since = new PartialDate(2020, 12, 31) }));
        Assert.Equal(
            ["anthropic.competes_with.openai", "elon-musk.founded.openai.2015-12", "elon-musk.leads.tesla.2008", "kimbal-musk.member_of.tesla"],
            KeptIds(new RelationshipFilter { Until = new PartialDate(2015) }));
    }

    [Fact]
    public void MinimumConfidenceDropsWeakExtractionsButKeepsFactsPeopleWrote()
    {
        var kept = KeptIds(new RelationshipFilter { MinConfidence = 0.7 });

        Assert.Equal(8, kept.Count);
        Assert.DoesNotContain("kimbal-musk.member_of.tesla", kept);
        Assert.Contains("elon-musk.sued.openai.2024", kept);
    }

    [Fact]
    public void ReviewedOnlyDropsExtractedRelationships()
    {
        var kept = KeptIds(new RelationshipFilter { ReviewedOnly = true });

        Assert.Equal(7, kept.Count);
        Assert.DoesNotContain("elon-musk.sued.openai.2024", kept);
    }

    [Fact]
    public void TypeFilterKeepsOnlyTheNamedTypes()
    {
        Assert.Equal(
            ["dario-amodei.founded.anthropic.2021", "elon-musk.founded.openai.2015-12", "elon-musk.founded.xai.2023"],
            KeptIds(new RelationshipFilter { Types = new HashSet<string> { "FOUNDED" } }));
    }

    [Fact]
    public void AWindowWithNoRelationshipsKeepsTheEntitiesAsIsolatedVertices()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary, new RelationshipFilter { Until = new PartialDate(1990) });

        Assert.Equal(["anthropic.competes_with.openai", "kimbal-musk.member_of.tesla"], view.Relationships.Select(r => r.Id));
        Assert.Equal(8, view.Compact.VertexCount);
    }

    [Fact]
    public void TheFilterDescribesItself()
    {
        var filter = new RelationshipFilter { Types = new HashSet<string> { "LEADS", "FOUNDED" }, AsOf = new PartialDate(2024, 3), MinConfidence = 0.5, ReviewedOnly = true };

        Assert.Equal("types FOUNDED, LEADS; as of 2024-03; confidence ≥ 0.5; reviewed only", filter.Describe());
        Assert.Equal("all relationships except rejected ones", RelationshipFilter.All.Describe());
    }
}
