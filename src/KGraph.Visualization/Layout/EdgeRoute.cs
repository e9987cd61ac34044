namespace KGraph.Visualization.Layout;

/// <summary>
/// Where one edge is drawn: a quadratic curve from the border of one node box to the border
/// of the other (straight when <see cref="ControlX"/>, <see cref="ControlY"/> lie on the line),
/// and the centre of its label. <see cref="LabelShown"/> is false where every spot along the edge
/// would cover a node or another label: the label is then left to the edge's tooltip.
/// </summary>
public sealed record EdgeRoute(
    double StartX, double StartY, double ControlX, double ControlY, double EndX, double EndY,
    double LabelX, double LabelY, double LabelWidth, double LabelHeight, bool LabelShown = true);
