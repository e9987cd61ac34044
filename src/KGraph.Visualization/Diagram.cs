using KGraph.Visualization.Layout;

namespace KGraph.Visualization;

/// <summary>A selected graph with node positions: what every writer draws.</summary>
public sealed record Diagram(DiagramGraph Graph, GraphLayout Layout);
