namespace KGraph.Visualization.Layout;

/// <summary>
/// Fruchterman–Reingold spring embedding over plain arrays, deterministic for a given seed.
/// Up to <see cref="NodeBoxes.DetailLimit"/> nodes every pair repels and node boxes are then
/// pushed apart until no two overlap; above it only nodes in neighbouring grid cells repel
/// (the grid variant of the original paper), which makes each step linear in the node count.
/// </summary>
public sealed class ForceDirectedLayout(int seed = 42) : ILayoutEngine
{
    private const double Gravity = 0.08;

    public string Name => "force";

    public GraphLayout Arrange(DiagramGraph graph)
    {
        var n = graph.Nodes.Count;
        var (width, height) = NodeBoxes.For(graph);
        var x = new double[n];
        var y = new double[n];
        if (n == 0) return new GraphLayout(x, y, width, height);

        var detailed = NodeBoxes.IsDetailed(graph);
        var pairs = graph.Edges.Where(e => e.From != e.To)
            .Select(e => e.From < e.To ? (A: e.From, B: e.To) : (A: e.To, B: e.From))
            .Distinct()
            .ToArray();
        var k = detailed ? IdealEdgeLength(graph, width, height) : 24;

        // Each connected part is laid out on its own and the parts are then packed side by
        // side: with one simulation, repulsion would fling small parts far from the rest.
        var components = Components(n, pairs);
        var random = new Random(seed);
        foreach (var members in components)
        {
            var index = new Dictionary<int, int>(members.Count);
            for (var m = 0; m < members.Count; m++) index[members[m]] = m;
            var cx = new double[members.Count];
            var cy = new double[members.Count];
            var side = k * Math.Sqrt(members.Count);
            for (var m = 0; m < members.Count; m++)
            {
                cx[m] = (random.NextDouble() - 0.5) * side;
                cy[m] = (random.NextDouble() - 0.5) * side;
            }
            var local = pairs.Where(p => index.ContainsKey(p.A)).Select(p => (index[p.A], index[p.B])).ToArray();
            if (members.Count > 1) Simulate(cx, cy, local, k, iterations: detailed ? 500 : 180, exact: detailed);
            var cw = members.Select(i => width[i]).ToArray();
            var ch = members.Select(i => height[i]).ToArray();
            if (detailed) OverlapRemoval.Apply(cx, cy, cw, ch, gapX: 28, gapY: 34);
            for (var m = 0; m < members.Count; m++) (x[members[m]], y[members[m]]) = (cx[m], cy[m]);
        }
        ComponentPacking.Pack(components, x, y, width, height, gap: detailed ? 60 : 20);
        var layout = new GraphLayout(x, y, width, height);
        layout.MoveTo(0, 0);
        return layout;
    }

    /// <summary>Connected parts, largest first, each as its node numbers in ascending order.</summary>
    private static List<List<int>> Components(int n, (int A, int B)[] pairs)
    {
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        foreach (var (a, b) in pairs) parent[Find(a)] = Find(b);
        return Enumerable.Range(0, n).GroupBy(Find).Select(g => g.ToList())
            .OrderByDescending(c => c.Count).ThenBy(c => c[0]).ToList();
    }

    /// <summary>Long enough for the two half-boxes plus an edge label between them.</summary>
    private static double IdealEdgeLength(DiagramGraph graph, double[] width, double[] height)
    {
        var box = width.Zip(height, Math.Max).Average();
        var label = graph.Edges.Count == 0 ? 0 : graph.Edges.Average(e => TextMeasure.Width(DiagramStyle.EdgeLabel(e.Relationship), 11));
        return box + Math.Min(label, 160) * 0.6 + 20;
    }

    private static void Simulate(double[] x, double[] y, (int A, int B)[] pairs, double k, int iterations, bool exact)
    {
        var n = x.Length;
        var dx = new double[n];
        var dy = new double[n];
        var grid = exact ? null : new RepulsionGrid(n);
        var start = k * Math.Sqrt(n) / 4;
        for (var step = 0; step < iterations; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            if (grid is null) RepelAllPairs(x, y, dx, dy, k);
            else grid.Repel(x, y, dx, dy, k);

            foreach (var (a, b) in pairs)
            {
                var ex = x[a] - x[b];
                var ey = y[a] - y[b];
                var d = Math.Sqrt(ex * ex + ey * ey);
                if (d < 1e-9) continue;
                var pull = d / k; // (d² / k) / d
                dx[a] -= ex * pull;
                dy[a] -= ey * pull;
                dx[b] += ex * pull;
                dy[b] += ey * pull;
            }

            // Cooling: large moves early to untangle, small late to settle.
            var temperature = start * (1 - (double)step / iterations) + k * 0.01;
            for (var i = 0; i < n; i++)
            {
                dx[i] -= Gravity * x[i];
                dy[i] -= Gravity * y[i];
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length < 1e-12) continue;
                var move = Math.Min(length, temperature) / length;
                x[i] += dx[i] * move;
                y[i] += dy[i] * move;
            }
        }
    }

    private static void RepelAllPairs(double[] x, double[] y, double[] dx, double[] dy, double k)
    {
        var k2 = k * k;
        // As in the original paper, nodes further apart than a few edge lengths do not repel:
        // otherwise a dense core pushes every leaf and chain far out.
        var cutoff2 = 9 * k2;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                if ((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j]) > cutoff2) continue;
                var (fx, fy) = Repulsion(x[i] - x[j], y[i] - y[j], k2, i, j);
                dx[i] += fx;
                dy[i] += fy;
                dx[j] -= fx;
                dy[j] -= fy;
            }
        }
    }

    /// <summary>k²/d pushing i away from j; coincident nodes are split apart in a fixed direction.</summary>
    internal static (double X, double Y) Repulsion(double ex, double ey, double k2, int i, int j)
    {
        var d2 = ex * ex + ey * ey;
        if (d2 < 1e-6)
        {
            var angle = (i * 7919 + j * 104729) % 360 * Math.PI / 180;
            var push = Math.Sqrt(k2);
            return (Math.Cos(angle) * push, Math.Sin(angle) * push);
        }
        var f = k2 / d2; // (k² / d) / d
        return (ex * f, ey * f);
    }
}
