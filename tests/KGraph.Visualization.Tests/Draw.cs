using KGraph.Model;
using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;

namespace KGraph.Visualization.Tests;

/// <summary>Selects and lays out a test graph the way the CLI does.</summary>
internal static class Draw
{
    public static Diagram Whole(KnowledgeGraph graph) => Selected(graph, DiagramSelection.Whole);

    public static Diagram Selected(KnowledgeGraph graph, DiagramSelection selection)
    {
        var result = GraphSelector.Select(graph, Some.Vocabulary, selection);
        Assert.True(result.Graph is not null, result.Error);
        return new Diagram(result.Graph, new ForceDirectedLayout().Arrange(result.Graph));
    }
}
