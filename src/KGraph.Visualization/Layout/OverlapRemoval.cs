namespace KGraph.Visualization.Layout;

/// <summary>
/// Pushes overlapping node boxes apart along the axis where they overlap least, pass after
/// pass, until every pair is at least the gap apart. Keeps the layout's shape: nodes move only
/// as far as needed.
/// </summary>
public static class OverlapRemoval
{
    public static int Apply(double[] x, double[] y, double[] width, double[] height, double gapX, double gapY, int maxPasses = 400)
    {
        var n = x.Length;
        var order = Enumerable.Range(0, n).ToArray();
        var widest = n == 0 ? 0 : width.Max();
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var moved = false;
            Array.Sort(order, (a, b) => x[a].CompareTo(x[b]));
            for (var p = 0; p < n; p++)
            {
                var i = order[p];
                for (var q = p + 1; q < n; q++)
                {
                    var j = order[q];
                    // Sorted by x: once j is further right than any box could reach, stop.
                    if (x[j] - x[i] > widest + gapX) break;
                    var ex = x[j] - x[i];
                    var ey = y[j] - y[i];
                    var overlapX = (width[i] + width[j]) / 2 + gapX - Math.Abs(ex);
                    var overlapY = (height[i] + height[j]) / 2 + gapY - Math.Abs(ey);
                    if (overlapX <= 0 || overlapY <= 0) continue;
                    moved = true;
                    if (overlapX * 0.7 < overlapY)
                    {
                        var push = (overlapX / 2 + 0.5) * Sign(ex, i, j);
                        x[i] -= push;
                        x[j] += push;
                    }
                    else
                    {
                        var push = (overlapY / 2 + 0.5) * Sign(ey, i, j);
                        y[i] -= push;
                        y[j] += push;
                    }
                }
            }
            if (!moved) return pass;
        }
        return maxPasses;
    }

    private static double Sign(double delta, int i, int j) => delta > 0 ? 1 : delta < 0 ? -1 : i < j ? 1 : -1;
}
