using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;

namespace KGraph.Visualization.Tests.Layout;

public class GraphvizLayoutTests
{
    [GraphvizFact]
    public void Each_graphviz_engine_places_every_node_at_a_distinct_finite_point()
    {
        var graph = GraphSelector.Select(Some.AiGraph(), Some.Vocabulary, DiagramSelection.Whole).Graph!;
        foreach (var engine in GraphvizLayout.Engines)
        {
            var layout = new GraphvizLayout(engine).Arrange(graph);

            Assert.Equal(9, layout.Count);
            Assert.All(layout.X.Concat(layout.Y), v => Assert.True(double.IsFinite(v)));
            Assert.Equal(9, layout.X.Zip(layout.Y).Distinct().Count());
        }
    }

    [Fact]
    public void An_unknown_engine_name_is_refused()
    {
        Assert.Null(LayoutEngines.For("circo"));
        Assert.IsType<ForceDirectedLayout>(LayoutEngines.For(null));
    }
}
