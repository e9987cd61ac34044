using KGraph.Analysis.Centrality;

namespace KGraph.Analysis.Tests.Centrality;

public class DegreeCentralityTests
{
    [Fact]
    public void Symmetric_edges_count_both_ways_and_self_loops_twice_in_total()
    {
        // 0>1 twice, 0>2, 1>1, 2-0 (symmetric).
        var result = DegreeCentrality.Compute(Some.Compact(3, "0>1", "0>1", "0>2", "1>1", "2-0"));

        Assert.Equal([1, 3, 2], result.In);
        Assert.Equal([4, 1, 1], result.Out);
        Assert.Equal([4, 4, 2], result.Total);
    }
}
