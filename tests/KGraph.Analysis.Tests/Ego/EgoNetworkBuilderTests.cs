using KGraph.Analysis.Ego;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests.Ego;

public class EgoNetworkBuilderTests
{
    private static readonly GraphView View = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

    [Fact]
    public void Depth_one_holds_the_direct_neighbours_and_the_relationships_among_them()
    {
        var ego = EgoNetworkBuilder.Build(View, center: 1, depth: 1);

        Assert.Equal(["dario-amodei:0", "anthropic:1", "openai:1"], ego.Members.Select(m => $"{m.Entity.Id}:{m.Distance}"));
        Assert.Equal(["anthropic.competes_with.openai", "dario-amodei.founded.anthropic.2021", "dario-amodei.works_at.openai.2016"],
            ego.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void Depth_two_reaches_the_neighbours_of_neighbours()
    {
        var ego = EgoNetworkBuilder.Build(View, center: 1, depth: 2);

        Assert.Equal(["dario-amodei:0", "anthropic:1", "openai:1", "elon-musk:2", "sam-altman:2"], ego.Members.Select(m => $"{m.Entity.Id}:{m.Distance}"));
        Assert.Equal(6, ego.Relationships.Count);
        Assert.DoesNotContain(ego.Relationships, r => r.To is "tesla" or "xai");
    }

    [Fact]
    public void Depth_zero_is_the_centre_alone()
    {
        var ego = EgoNetworkBuilder.Build(View, center: 6, depth: 0);

        Assert.Equal(["tesla"], ego.Members.Select(m => m.Entity.Id));
        Assert.Empty(ego.Relationships);
    }
}
