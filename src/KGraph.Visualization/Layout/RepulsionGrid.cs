namespace KGraph.Visualization.Layout;

/// <summary>
/// Buckets nodes into square cells of side 1.5k so that a node is only repelled by nodes in
/// its own and the eight neighbouring cells; far nodes push too weakly to matter.
/// </summary>
internal sealed class RepulsionGrid(int nodeCount)
{
    private readonly int[] _next = new int[nodeCount];
    private int[] _head = [];

    public void Repel(double[] x, double[] y, double[] dx, double[] dy, double k)
    {
        var n = x.Length;
        double minX = x.Min(), minY = y.Min(), maxX = x.Max(), maxY = y.Max();
        var cell = 1.5 * k;
        // Never more cells than a few per node, however far an outlier has drifted.
        while ((maxX - minX) / cell * ((maxY - minY) / cell) > 4.0 * n + 16) cell *= 1.5;
        var columns = (int)((maxX - minX) / cell) + 1;
        var rows = (int)((maxY - minY) / cell) + 1;
        if (_head.Length < columns * rows) _head = new int[columns * rows];
        Array.Fill(_head, -1, 0, columns * rows);
        var column = new int[n];
        var row = new int[n];
        for (var i = 0; i < n; i++)
        {
            column[i] = (int)((x[i] - minX) / cell);
            row[i] = (int)((y[i] - minY) / cell);
            var c = row[i] * columns + column[i];
            _next[i] = _head[c];
            _head[c] = i;
        }

        var k2 = k * k;
        var cutoff2 = cell * cell;
        for (var i = 0; i < n; i++)
        {
            for (var r = Math.Max(0, row[i] - 1); r <= Math.Min(rows - 1, row[i] + 1); r++)
            {
                for (var c = Math.Max(0, column[i] - 1); c <= Math.Min(columns - 1, column[i] + 1); c++)
                {
                    for (var j = _head[r * columns + c]; j >= 0; j = _next[j])
                    {
                        if (j == i) continue;
                        var ex = x[i] - x[j];
                        var ey = y[i] - y[j];
                        if (ex * ex + ey * ey > cutoff2) continue;
                        var (fx, fy) = ForceDirectedLayout.Repulsion(ex, ey, k2, i, j);
                        dx[i] += fx;
                        dy[i] += fy;
                    }
                }
            }
        }
    }
}
