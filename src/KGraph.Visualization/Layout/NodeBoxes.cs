namespace KGraph.Visualization.Layout;

/// <summary>
/// How big each node is drawn. Small diagrams put the label inside the shape, so the box is
/// sized to the label; large ones draw dots sized by degree and label only the hubs.
/// </summary>
public static class NodeBoxes
{
    /// <summary>Above this many nodes a diagram is drawn as an overview: dots, no edge labels.</summary>
    public const int DetailLimit = 500;

    public const double NameFontSize = 14;
    public const double SecondFontSize = 12;
    public const double LineHeight = 18;

    public static bool IsDetailed(DiagramGraph graph) => graph.Nodes.Count <= DetailLimit;

    public static (double[] Width, double[] Height) For(DiagramGraph graph)
    {
        var n = graph.Nodes.Count;
        var width = new double[n];
        var height = new double[n];
        if (!IsDetailed(graph))
        {
            var degrees = graph.Degrees();
            for (var i = 0; i < n; i++) width[i] = height[i] = DotDiameter(degrees[i]);
            return (width, height);
        }
        for (var i = 0; i < n; i++)
        {
            var entity = graph.Nodes[i];
            var lines = DiagramStyle.NodeLabelLines(entity);
            var text = lines.Select((line, k) => TextMeasure.Width(line, k == 0 ? NameFontSize : SecondFontSize)).Max();
            var (w, h) = (Math.Max(text + 32, 84), lines.Count * LineHeight + 16);
            (width[i], height[i]) = DiagramStyle.Shape(entity.Type) switch
            {
                // An ellipse around a w×h text box needs about √2 times the box.
                NodeShape.Ellipse => (w * 1.3, h * 1.35),
                NodeShape.Hexagon => (w + h * 0.6, h),
                NodeShape.Stadium => (w + h * 0.5, h),
                _ => (w, h),
            };
        }
        return (width, height);
    }

    public static double DotDiameter(int degree) => 6 + 2.5 * Math.Sqrt(degree);
}
