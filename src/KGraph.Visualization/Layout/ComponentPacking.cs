namespace KGraph.Visualization.Layout;

/// <summary>
/// Places separately laid-out parts of a graph in rows (largest first), aiming for a drawing
/// about as wide as a landscape page is for its area. Single unconnected nodes fill the last rows.
/// </summary>
internal static class ComponentPacking
{
    public static void Pack(List<List<int>> components, double[] x, double[] y, double[] width, double[] height, double gap)
    {
        var boxes = components.Select(members => Bounds(members, x, y, width, height)).ToList();
        var area = boxes.Sum(b => (b.MaxX - b.MinX + gap) * (b.MaxY - b.MinY + gap));
        var rowWidth = Math.Max(Math.Sqrt(area) * 1.5, boxes.Count == 0 ? 0 : boxes.Max(b => b.MaxX - b.MinX));
        double left = 0, top = 0, rowHeight = 0;
        for (var c = 0; c < components.Count; c++)
        {
            var (minX, minY, maxX, maxY) = boxes[c];
            if (left > 0 && left + (maxX - minX) > rowWidth)
            {
                top += rowHeight + gap;
                left = 0;
                rowHeight = 0;
            }
            foreach (var i in components[c])
            {
                x[i] += left - minX;
                y[i] += top - minY;
            }
            left += maxX - minX + gap;
            rowHeight = Math.Max(rowHeight, maxY - minY);
        }
    }

    private static (double MinX, double MinY, double MaxX, double MaxY) Bounds(List<int> members, double[] x, double[] y, double[] width, double[] height) => (
        members.Min(i => x[i] - width[i] / 2),
        members.Min(i => y[i] - height[i] / 2),
        members.Max(i => x[i] + width[i] / 2),
        members.Max(i => y[i] + height[i] / 2));
}
