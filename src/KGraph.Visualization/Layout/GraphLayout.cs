namespace KGraph.Visualization.Layout;

/// <summary>Node centres and box sizes in pixels, indexed like <see cref="DiagramGraph.Nodes"/>.</summary>
public sealed class GraphLayout
{
    public GraphLayout(double[] x, double[] y, double[] width, double[] height)
    {
        if (y.Length != x.Length || width.Length != x.Length || height.Length != x.Length)
            throw new ArgumentException("every node needs an x, y, width and height");
        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    public double[] X { get; }
    public double[] Y { get; }
    public double[] Width { get; }
    public double[] Height { get; }
    public int Count => X.Length;

    /// <summary>The smallest rectangle holding every node box; all zero for an empty layout.</summary>
    public (double MinX, double MinY, double MaxX, double MaxY) Bounds()
    {
        if (Count == 0) return (0, 0, 0, 0);
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < Count; i++)
        {
            minX = Math.Min(minX, X[i] - Width[i] / 2);
            maxX = Math.Max(maxX, X[i] + Width[i] / 2);
            minY = Math.Min(minY, Y[i] - Height[i] / 2);
            maxY = Math.Max(maxY, Y[i] + Height[i] / 2);
        }
        return (minX, minY, maxX, maxY);
    }

    /// <summary>Moves the drawing so its top-left node box corner is at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void MoveTo(double left, double top)
    {
        var (minX, minY, _, _) = Bounds();
        for (var i = 0; i < Count; i++)
        {
            X[i] += left - minX;
            Y[i] += top - minY;
        }
    }
}
