namespace KGraph.Visualization.Layout;

/// <summary>Places the nodes of a diagram; every engine returns finite positions for every node.</summary>
public interface ILayoutEngine
{
    string Name { get; }

    GraphLayout Arrange(DiagramGraph graph);
}
