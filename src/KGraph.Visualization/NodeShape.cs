namespace KGraph.Visualization;

/// <summary>The outline a node is drawn with; one per entity type so shape, not only colour, tells types apart.</summary>
public enum NodeShape
{
    Ellipse,
    RoundedBox,
    Hexagon,
    Stadium,
    Box,
}
