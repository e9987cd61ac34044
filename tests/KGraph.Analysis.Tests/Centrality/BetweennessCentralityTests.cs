using KGraph.Analysis.Centrality;

namespace KGraph.Analysis.Tests.Centrality;

public class BetweennessCentralityTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void TheCentreOfAStarLiesOnEveryPathBetweenLeaves()
    {
        var result = BetweennessCentrality.Exact(Some.Compact(5, "0-1", "0-2", "0-3", "0-4"));

        Assert.Equal([1.0, 0, 0, 0, 0], result.Scores);
        Assert.Equal(5, result.Pivots);
        Assert.True(result.Exact);
    }

    [Fact]
    public void InnerVerticesOfAPathEachCarryTwoOfThreePairs()
    {
        var result = BetweennessCentrality.Exact(Some.Compact(4, "0-1", "1-2", "2-3"));

        Assert.Equal([0, 2.0 / 3, 2.0 / 3, 0], result.Scores);
    }

    [Fact]
    public void BridgeEndsBetweenTwoCliquesCarryTwelveOfTwentyOnePairs()
    {
        var result = BetweennessCentrality.Exact(TwoCliques.Graph);

        Assert.Equal([0, 0, 0, 4.0 / 7, 4.0 / 7, 0, 0, 0], result.Scores);
    }

    [Fact]
    public void EdgeDirectionParallelEdgesAndSelfLoopsDoNotChangeShortestPaths()
    {
        var result = BetweennessCentrality.Exact(Some.Compact(3, "0>1", "1>0", "0-1", "1>2", "1>1", "2>2"));

        Assert.Equal([0, 1.0, 0], result.Scores);
    }

    [Fact]
    public void SplitShortestPathsShareTheCredit()
    {
        // A square 0-1-2-3-0: each vertex is on one of the two shortest paths of the opposite pair.
        var result = BetweennessCentrality.Exact(Some.Compact(4, "0-1", "1-2", "2-3", "3-0"));

        Assert.All(result.Scores, s => Assert.Equal(0.5 / 3, s, Precision));
    }

    [Fact]
    public void TinyGraphsHaveZeroBetweenness()
    {
        Assert.Empty(BetweennessCentrality.Exact(Some.Compact(0)).Scores);
        Assert.Equal([0.0], BetweennessCentrality.Exact(Some.Compact(1, "0>0")).Scores);
        Assert.Equal([0.0, 0.0], BetweennessCentrality.Exact(Some.Compact(2, "0-1")).Scores);
    }

    [Fact]
    public void SamplingWithAsManyPivotsAsVerticesIsExact()
    {
        var result = BetweennessCentrality.Sampled(TwoCliques.Graph, pivots: 8);

        Assert.True(result.Exact);
        Assert.Equal(BetweennessCentrality.Exact(TwoCliques.Graph).Scores, result.Scores);
    }

    [Fact]
    public void SamplingStatesItsSampleSizeAndIsRepeatableWithTheSameSeed()
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
    public void ThreadCountDoesNotChangeTheResult()
    {
        var graph = Some.Compact(6, "0-1", "1-2", "2-3", "3-4", "4-5", "5-0", "0-3");

        Assert.Equal(
            BetweennessCentrality.Exact(graph, maxDegreeOfParallelism: 1).Scores,
            BetweennessCentrality.Exact(graph, maxDegreeOfParallelism: 4).Scores);
    }
}
