namespace KGraph.Visualization.Layout;

/// <summary>
/// Routes edges for drawing: parallel edges between the same two nodes bend apart so each
/// stays visible, lines stop at node borders so arrowheads show, and each label takes the
/// first spot along its edge, or beside it, that covers no node and no earlier label. A label
/// with no such spot is not drawn (its text stays in the edge's tooltip): a label over a node's
/// name or another label makes both unreadable.
/// </summary>
public static class EdgeRouting
{
    public const double LabelFontSize = 11;
    private const double ParallelSpacing = 30;
    private static readonly double[] LabelPositions = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];

    public static IReadOnlyList<EdgeRoute> Route(DiagramGraph graph, GraphLayout layout, bool placeLabels)
    {
        var routes = new EdgeRoute[graph.Edges.Count];
        var placed = new List<Box>();
        var nodeBoxes = Enumerable.Range(0, layout.Count)
            .Select(i => new Box(layout.X[i], layout.Y[i], layout.Width[i] + 4, layout.Height[i] + 4))
            .ToArray();
        foreach (var group in graph.Edges.Select((edge, index) => (edge, index)).GroupBy(p => (Math.Min(p.edge.From, p.edge.To),
            Math.Max(p.edge.From, p.edge.To))))
        {
            var members = group.ToList();
            for (var k = 0; k < members.Count; k++)
            {
                var (edge, index) = members[k];
                var bend = (k - (members.Count - 1) / 2.0) * ParallelSpacing;
                var label = placeLabels ? DiagramStyle.EdgeLabel(edge.Relationship) : "";
                routes[index] = edge.From == edge.To
                    ? Loop(layout, edge.From, k, label, nodeBoxes, placed, placeLabels)
                    : Curve(graph, layout, edge, bend, label, nodeBoxes, placed, placeLabels);
                if (placeLabels && routes[index].LabelShown)
                    placed.Add(new Box(routes[index].LabelX, routes[index].LabelY, routes[index].LabelWidth, routes[index].LabelHeight));
            }
        }
        return routes;
    }

    private static EdgeRoute Curve(DiagramGraph graph, GraphLayout layout, DiagramEdge edge, double bend, string label, Box[] nodes,
        List<Box> placed, bool placeLabels)
    {
        int a = edge.From, b = edge.To;
        double ax = layout.X[a], ay = layout.Y[a], bx = layout.X[b], by = layout.Y[b];
        // Bend to the same side for the pair whatever each edge's direction.
        var (lowX, lowY, highX, highY) = a < b ? (ax, ay, bx, by) : (bx, by, ax, ay);
        var length = Math.Max(1e-9, Math.Sqrt((highX - lowX) * (highX - lowX) + (highY - lowY) * (highY - lowY)));
        var (normalX, normalY) = (-(highY - lowY) / length, (highX - lowX) / length);
        // A quadratic curve passes its control point's offset at half strength, hence 2×.
        var cx = (ax + bx) / 2 + normalX * bend * 2;
        var cy = (ay + by) / 2 + normalY * bend * 2;
        var (sx, sy) = Border(graph, layout, a, cx, cy);
        var (ex, ey) = Border(graph, layout, b, cx, cy);

        var width = TextMeasure.Width(label, LabelFontSize) + 8;
        var height = LabelFontSize + 5;
        var (lx, ly) = Point(sx, sy, cx, cy, ex, ey, 0.5);
        if (!placeLabels) return new EdgeRoute(sx, sy, cx, cy, ex, ey, lx, ly, width, height);
        // On the line first, then just beside it on either side, before giving up.
        var side = height / 2 + 3;
        foreach (var offset in (double[])[0, side, -side])
        {
            foreach (var t in LabelPositions)
            {
                var (px, py) = Point(sx, sy, cx, cy, ex, ey, t);
                var candidate = new Box(px + normalX * offset, py + normalY * offset, width, height);
                if (Array.Exists(nodes, n => candidate.Overlap(n) > 0) || placed.Exists(p => candidate.Overlap(p) > 0)) continue;
                return new EdgeRoute(sx, sy, cx, cy, ex, ey, candidate.X, candidate.Y, width, height);
            }
        }
        return new EdgeRoute(sx, sy, cx, cy, ex, ey, lx, ly, width, height, LabelShown: false);
    }

    private static EdgeRoute Loop(GraphLayout layout, int node, int k, string label, Box[] nodes, List<Box> placed, bool placeLabels)
    {
        var (x, y, h) = (layout.X[node], layout.Y[node], layout.Height[node]);
        var reach = h / 2 + 30 + 18 * k;
        var width = TextMeasure.Width(label, LabelFontSize) + 8;
        var box = new Box(x, y - reach, width, LabelFontSize + 5);
        var free = !placeLabels || (!Array.Exists(nodes, n => box.Overlap(n) > 0) && !placed.Exists(p => box.Overlap(p) > 0));
        return new EdgeRoute(x - 10, y - h / 2, x, y - reach * 2, x + 10, y - h / 2, x, y - reach, width, LabelFontSize + 5, free);
    }

    /// <summary>Where the line from node <paramref name="i"/>'s centre toward (tx, ty) leaves its shape.</summary>
    private static (double X, double Y) Border(DiagramGraph graph, GraphLayout layout, int i, double tx, double ty)
    {
        double x = layout.X[i], y = layout.Y[i], hw = layout.Width[i] / 2, hh = layout.Height[i] / 2;
        var (ux, uy) = (tx - x, ty - y);
        var length = Math.Sqrt(ux * ux + uy * uy);
        if (length < 1e-9) return (x, y);
        (ux, uy) = (ux / length, uy / length);
        var round = !NodeBoxes.IsDetailed(graph) || DiagramStyle.Shape(graph.Nodes[i].Type) == NodeShape.Ellipse;
        var t = round
            ? 1 / Math.Sqrt(ux * ux / (hw * hw) + uy * uy / (hh * hh))
            : Math.Min(Math.Abs(ux) < 1e-9 ? double.MaxValue : hw / Math.Abs(ux), Math.Abs(uy) < 1e-9 ? double.MaxValue : hh / Math.Abs(uy));
        return (x + ux * t, y + uy * t);
    }

    private static (double X, double Y) Point(double sx, double sy, double cx, double cy, double ex, double ey, double t)
    {
        var u = 1 - t;
        return (u * u * sx + 2 * u * t * cx + t * t * ex, u * u * sy + 2 * u * t * cy + t * t * ey);
    }

    private readonly record struct Box(double X, double Y, double Width, double Height)
    {
        public double Overlap(Box other)
        {
            var ox = Math.Min(X + Width / 2, other.X + other.Width / 2) - Math.Max(X - Width / 2, other.X - other.Width / 2);
            var oy = Math.Min(Y + Height / 2, other.Y + other.Height / 2) - Math.Max(Y - Height / 2, other.Y - other.Height / 2);
            return ox > 0 && oy > 0 ? ox * oy : 0;
        }
    }
}
