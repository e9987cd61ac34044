using KGraph.Analysis.Communities;

namespace KGraph.Analysis.Tests.Communities;

public class LouvainTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void Two_cliques_joined_by_a_bridge_split_into_the_cliques()
    {
        // m = 13; each clique has 6 inner edges and degree 13: Q = 2·(6/13 − (13/26)²) = 11/26.
        var result = Louvain.Detect(TwoCliques.Graph);

        Assert.Equal([[0, 1, 2, 3], [4, 5, 6, 7]], result.Communities.Members);
        Assert.Equal(11.0 / 26, result.Modularity, Precision);
    }

    [Fact]
    public void Modularity_of_one_community_is_zero()
    {
        Assert.Equal(0, Modularity.Compute(TwoCliques.Graph, new int[8]), Precision);
    }

    [Fact]
    public void Self_loops_count_once_inside_and_twice_in_the_degree()
    {
        // Two vertices with a self-loop each: m = 2, each community has L = 1, d = 2: Q = 2·(1/2 − 1/4).
        var result = Louvain.Detect(Some.Compact(2, "0>0", "1>1"));

        Assert.Equal([[0], [1]], result.Communities.Members);
        Assert.Equal(0.5, result.Modularity, Precision);
    }

    [Fact]
    public void Parallel_edges_weigh_the_pair()
    {
        // Triangle 0-1-2 where 0-1 is tripled, plus an isolated vertex 3: one community {0,1,2}.
        var graph = Some.Compact(4, "0-1", "0-1", "0-1", "1-2", "2-0");
        var result = Louvain.Detect(graph);

        Assert.Equal([[0, 1, 2], [3]], result.Communities.Members);
        Assert.Equal(0, result.Modularity, Precision);
    }

    [Fact]
    public void Empty_and_edgeless_graphs_have_zero_modularity()
    {
        var empty = Louvain.Detect(Some.Compact(0));
        var edgeless = Louvain.Detect(Some.Compact(3));

        Assert.Equal(0, empty.Communities.Count);
        Assert.Equal(0, empty.Modularity);
        Assert.Equal([[0], [1], [2]], edgeless.Communities.Members);
        Assert.Equal(0, edgeless.Modularity);
        Assert.Equal(0, edgeless.Levels);
    }
}
