using KGraph.Analysis.Components;

namespace KGraph.Analysis.Tests.Components;

public class ConnectedComponentsTests
{
    [Fact]
    public void WeakComponentsIgnoreDirectionAndComeLargestFirst()
    {
        var result = ConnectedComponents.Weak(Some.Compact(7, "5>6", "0>1", "2>1", "3>3"));

        Assert.Equal([[0, 1, 2], [5, 6], [3], [4]], result.Members);
        Assert.Equal([0, 0, 0, 2, 3, 1, 1], result.ComponentOf);
    }

    [Fact]
    public void AnEmptyGraphHasNoComponents()
    {
        Assert.Equal(0, ConnectedComponents.Weak(Some.Compact(0)).Count);
    }
}
