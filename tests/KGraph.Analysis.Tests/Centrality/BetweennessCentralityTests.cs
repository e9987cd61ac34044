using KGraph.Analysis.Centrality;

namespace KGraph.Analysis.Tests.Centrality;

public class BetweennessCentralityTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void The_centre_of_a_star_lies_on_every_path_between_leaves()
    {
        var result = BetweennessCentrality.Exact(Some.Compact(5, "0-1", "0-2", "0-3", "0-4"));

        Assert.Equal([1.0, 0, 0, 0, 0], result.Scores);
        Assert.Equal(5, result.Pivots);
        Assert.True(result.Exact);
    }

    [Fact]
    public void Inner_vertices_of_a_path_each_carry_two_of_three_pairs()
    {
        var result = BetweennessCentrality.Exact(Some.Compact(4, "0-1", "1-2", "2-3"));

        Assert.Equal([0, 2.0 / 3, 2.0 / 3, 0], result.Scores);
    }

    [Fact]
    public void Bridge_ends_between_two_cliques_carry_twelve_of_twenty_one_pairs()
    {
        var result = BetweennessCentrality.Exact(TwoCliques.Graph);

        Assert.Equal([0, 0, 0, 4.0 / 7, 4.0 / 7, 0, 0, 0], result.Scores);
    }

    [Fact]
    public void Edge_direction_parallel_edges_and_self_loops_do_not_change_shortest_paths()
    {
        var result = BetweennessCentrality.Exact(Some.Compact(3, "0>1", "1>0", "0-1", "1>2", "1>1", "2>2"));

        Assert.Equal([0, 1.0, 0], result.Scores);
    }

    [Fact]
    public void Split_shortest_paths_share_the_credit()
    {
        // A square 0-1-2-3-0: each vertex is on one of the two shortest paths of the opposite pair.
        var result = BetweennessCentrality.Exact(Some.Compact(4, "0-1", "1-2", "2-3", "3-0"));

        Assert.All(result.Scores, s => Assert.Equal(0.5 / 3, s, Precision));
    }

    [Fact]
    public void Tiny_graphs_have_zero_betweenness()
    {
        Assert.Empty(BetweennessCentrality.Exact(Some.Compact(0)).Scores);
        Assert.Equal([0.0], BetweennessCentrality.Exact(Some.Compact(1, "0>0")).Scores);
        Assert.Equal([0.0, 0.0], BetweennessCentrality.Exact(Some.Compact(2, "0-1")).Scores);
    }

    [Fact]
    public void Sampling_with_as_many_pivots_as_vertices_is_exact()
    {
        var result = BetweennessCentrality.Sampled(TwoCliques.Graph, pivots: 8);

        Assert.True(result.Exact);
        Assert.Equal(BetweennessCentrality.Exact(TwoCliques.Graph).Scores, result.Scores);
    }

    [Fact]
    public void Sampling_states_its_sample_size_and_is_repeatable_with_the_same_seed()
    {
        var first = BetweennessCentrality.Sampled(TwoCliques.Graph, pivots: 3, seed: 7);
        var second = BetweennessCentrality.Sampled(TwoCliques.Graph, pivots: 3, seed: 7, maxDegreeOfParallelism: 1);

        Assert.False(first.Exact);
        Assert.Equal(3, first.Pivots);
        Assert.Equal(7, first.Seed);
        Assert.Equal(first.Scores, second.Scores);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0], first.Scores.Select((s, v) => v is 3 or 4 ? 0 : s));
    }

    [Fact]
    public void Thread_count_does_not_change_the_result()
    {
        var graph = Some.Compact(6, "0-1", "1-2", "2-3", "3-4", "4-5", "5-0", "0-3");

        Assert.Equal(
            BetweennessCentrality.Exact(graph, maxDegreeOfParallelism: 1).Scores,
            BetweennessCentrality.Exact(graph, maxDegreeOfParallelism: 4).Scores);
    }
}
