using KGraph.Analysis.Centrality;

namespace KGraph.Analysis.Tests.Centrality;

public class PageRankTests
{
    private const double Precision = 1e-12;
    private static readonly PageRankOptions Tight = new(Tolerance: 1e-15, MaxIterations: 10_000);

    [Fact]
    public void A_star_of_symmetric_edges_gives_the_centre_eighty_eight_over_one_eighty_five()
    {
        // centre c = 0.03 + 0.85·4l, leaf l = 0.03 + 0.85·c/4, c + 4l = 1  =>  c = 88/185, l = 97/740.
        var result = PageRank.Compute(Some.Compact(5, "0-1", "0-2", "0-3", "0-4"), Tight);

        Assert.Equal(88.0 / 185, result.Scores[0], Precision);
        for (var leaf = 1; leaf <= 4; leaf++) Assert.Equal(97.0 / 740, result.Scores[leaf], Precision);
        Assert.True(result.Converged);
    }

    [Fact]
    public void A_dangling_vertex_spreads_its_rank_over_all_vertices()
    {
        // 0>1>2, 2 dangling. With t = 0.85·x2/3: x0 = 0.05 + t, x1 = 0.05 + 0.85·x0 + t,
        // x2 = 0.05 + 0.85·x1 + t. Substituting: x0 = 0.05 + a·x2, x1 = 0.0925 + b·x2,
        // x2 = 0.128625 + c·x2.
        var a = 0.85 / 3;
        var b = 0.85 * a + a;
        var c = 0.85 * b + a;
        var x2 = (0.05 + 0.85 * 0.0925) / (1 - c);
        var result = PageRank.Compute(Some.Compact(3, "0>1", "1>2"), Tight);

        Assert.Equal(0.05 + a * x2, result.Scores[0], Precision);
        Assert.Equal(0.0925 + b * x2, result.Scores[1], Precision);
        Assert.Equal(x2, result.Scores[2], Precision);
        Assert.Equal(1.0, result.Scores.Sum(), Precision);
    }

    [Fact]
    public void Parallel_arcs_add_weight_and_self_loops_keep_rank_at_home()
    {
        // 0>1 twice, 0>2, 1>1, 2>0: x2 = 0.05 + 0.85·x0/3, x0 = 0.05 + 0.85·x2, x1 = 0.05 + 0.85·(2x0/3 + x1).
        var x0 = 0.0925 / (1 - 0.7225 / 3);
        var x2 = 0.05 + 0.85 * x0 / 3;
        var x1 = (0.05 + 0.85 * 2 * x0 / 3) / 0.15;
        var result = PageRank.Compute(Some.Compact(3, "0>1", "0>1", "0>2", "1>1", "2>0"), Tight);

        Assert.Equal(x0, result.Scores[0], Precision);
        Assert.Equal(x1, result.Scores[1], Precision);
        Assert.Equal(x2, result.Scores[2], Precision);
    }

    [Fact]
    public void Disconnected_isolated_vertices_share_rank_equally()
    {
        var result = PageRank.Compute(Some.Compact(4), Tight);

        Assert.Equal([0.25, 0.25, 0.25, 0.25], result.Scores);
        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void An_empty_graph_has_no_scores_and_needs_no_iterations()
    {
        var result = PageRank.Compute(Some.Compact(0));

        Assert.Empty(result.Scores);
        Assert.Equal(0, result.Iterations);
        Assert.True(result.Converged);
    }

    [Fact]
    public void A_single_vertex_has_all_the_rank()
    {
        Assert.Equal([1.0], PageRank.Compute(Some.Compact(1)).Scores);
    }

    [Fact]
    public void Hitting_the_iteration_limit_is_reported_as_not_converged()
    {
        var result = PageRank.Compute(Some.Compact(3, "0>1", "1>2"), new PageRankOptions(MaxIterations: 2));

        Assert.Equal(2, result.Iterations);
        Assert.False(result.Converged);
        Assert.True(result.Residual > result.Options.Tolerance);
    }
}
