using KGraph.Analysis.Paths;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests.Paths;

public class HopDistancesTests
{
    private const int Anthropic = 0, Dario = 1, Elon = 2, OpenAi = 4, Xai = 7;
    private static readonly GraphView View = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

    [Fact]
    public void Every_shortest_path_at_once_holds_the_entities_and_relationships_one_hop_closer_each_step()
    {
        var paths = HopDistances.AllShortest(View, Xai, Anthropic)!;

        Assert.Equal(3, paths.Length);
        Assert.Equal([Anthropic, Elon, OpenAi, Xai], paths.Entities);
        Assert.Equal(
            ["anthropic.competes_with.openai", "elon-musk.founded.openai.2015-12", "elon-musk.founded.xai.2023", "elon-musk.sued.openai.2024"],
            paths.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Distances_stop_at_the_depth_asked_for()
    {
        var near = HopDistances.From(View, Dario, 1);

        Assert.Equal(0, near[Dario]);
        Assert.All(near.Where(p => p.Key != Dario), p => Assert.Equal(1, p.Value));
        Assert.DoesNotContain(Xai, near.Keys);
        Assert.Equal(2, HopDistances.From(View, Dario)[Elon]);
    }
}
