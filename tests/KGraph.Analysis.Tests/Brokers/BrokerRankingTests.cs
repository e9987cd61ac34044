using KGraph.Analysis.Brokers;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests.Brokers;

public class BrokerRankingTests
{
    [Fact]
    public void Brokers_rank_by_betweenness_per_neighbour()
    {
        // Of the 21 pairs, elon-musk lies on 14 with 3 neighbours, openai on 14 with 4, and tesla,
        // the only tie of kimbal-musk, on 6 with 2.
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);
        var betweenness = BetweennessCentrality.Exact(view.Compact).Scores;

        var brokers = BrokerRanking.Rank(view, betweenness, top: 10);

        Assert.Equal(["elon-musk", "openai", "tesla"], brokers.Select(b => b.Entity.Id));
        Assert.Equal([3, 4, 2], brokers.Select(b => b.Neighbors));
        Assert.Equal(14.0 / 21 / 3, brokers[0].Score, 1e-12);
        Assert.Equal(14.0 / 21 / 4, brokers[1].Score, 1e-12);
        Assert.Equal(6.0 / 21 / 2, brokers[2].Score, 1e-12);
    }
}
