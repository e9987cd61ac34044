using KGraph.Analysis.Ego;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests.Ego;

public class EgoNetworkBuilderTests
{
    private static readonly GraphView View = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

    [Fact]
    public void DepthOneHoldsTheDirectNeighboursAndTheRelationshipsAmongThem()
    {
        var ego = EgoNetworkBuilder.Build(View, center: 1, depth: 1);

        Assert.Equal(["dario-amodei:0", "anthropic:1", "openai:1"], ego.Members.Select(m => $"{m.Entity.Id}:{m.Distance}"));
        Assert.Equal(["anthropic.competes_with.openai", "dario-amodei.founded.anthropic.2021", "dario-amodei.works_at.openai.2016"], ego.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void DepthTwoReachesTheNeighboursOfNeighbours()
    {
        var ego = EgoNetworkBuilder.Build(View, center: 1, depth: 2);

        Assert.Equal(["dario-amodei:0", "anthropic:1", "openai:1", "elon-musk:2", "sam-altman:2"], ego.Members.Select(m => $"{m.Entity.Id}:{m.Distance}"));
        Assert.Equal(6, ego.Relationships.Count);
        Assert.DoesNotContain(ego.Relationships, r => r.To is "tesla" or "xai");
    }

    [Fact]
    public void DepthZeroIsTheCentreAlone()
    {
        var ego = EgoNetworkBuilder.Build(View, center: 6, depth: 0);

        Assert.Equal(["tesla"], ego.Members.Select(m => m.Entity.Id));
        Assert.Empty(ego.Relationships);
    }
}
