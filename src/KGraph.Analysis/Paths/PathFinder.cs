using KGraph.Analysis.Views;

namespace KGraph.Analysis.Paths;

/// <summary>
/// Shortest and k shortest simple paths (Yen's algorithm over breadth-first searches) between two
/// entities, counting hops. Over the undirected view by default: a relationship links its
/// entities both ways. Ties are broken by entity id order, so results are repeatable.
/// </summary>
public sealed class PathFinder
{
    private readonly GraphView _view;
    private readonly bool _directed;

    public PathFinder(GraphView view, bool directed = false)
    {
        _view = view;
        _directed = directed;
    }

    public EntityPath? Shortest(int source, int target)
    {
        var paths = KShortest(source, target, 1);
        return paths.Count == 0 ? null : paths[0];
    }

    /// <summary>Up to <paramref name="k"/> loop-free paths, shortest first; fewer when fewer exist.</summary>
    public IReadOnlyList<EntityPath> KShortest(int source, int target, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var n = _view.Compact.VertexCount;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)n, nameof(source));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)target, (uint)n, nameof(target));

        var found = new List<int[]>();
        var first = Search(source, target, new HashSet<int>(), new HashSet<(int, int)>());
        if (first is null) return [];
        found.Add(first);
        var candidates = new SortedSet<int[]>(PathOrder.Instance);
        while (found.Count < k)
        {
            var previous = found[^1];
            for (var i = 0; i < previous.Length - 1; i++)
            {
                var root = previous[..(i + 1)];
                var blockedEdges = new HashSet<(int, int)>();
                foreach (var path in found)
                {
                    if (path.Length > i + 1 && path.AsSpan(0, i + 1).SequenceEqual(root)) blockedEdges.Add(Key(path[i], path[i + 1]));
                }
                var blockedVertices = new HashSet<int>(root[..^1]);
                var spur = Search(previous[i], target, blockedVertices, blockedEdges);
                if (spur is null) continue;
                var candidate = root[..^1].Concat(spur).ToArray();
                if (!found.Any(p => p.AsSpan().SequenceEqual(candidate))) candidates.Add(candidate);
            }
            if (candidates.Count == 0) break;
            var next = candidates.Min!;
            candidates.Remove(next);
            found.Add(next);
        }
        return found.Select(ToPath).ToList();
    }

    private (int, int) Key(int a, int b) => _directed ? (a, b) : (Math.Min(a, b), Math.Max(a, b));

    private ReadOnlySpan<int> Next(int v) => _directed ? _view.Compact.OutNeighbors(v) : _view.Compact.Neighbors(v);

    private int[]? Search(int source, int target, HashSet<int> blockedVertices, HashSet<(int, int)> blockedEdges)
    {
        if (source == target) return [source];
        var parent = new Dictionary<int, int> { [source] = -1 };
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var w in Next(v))
            {
                if (parent.ContainsKey(w) || blockedVertices.Contains(w) || blockedEdges.Contains(Key(v, w))) continue;
                parent[w] = v;
                if (w == target) return Trace(parent, target);
                queue.Enqueue(w);
            }
        }
        return null;
    }

    private static int[] Trace(Dictionary<int, int> parent, int target)
    {
        var path = new List<int>();
        for (var v = target; v >= 0; v = parent[v]) path.Add(v);
        path.Reverse();
        return path.ToArray();
    }

    private EntityPath ToPath(int[] vertices)
    {
        var hops = new List<PathHop>(vertices.Length - 1);
        for (var i = 0; i + 1 < vertices.Length; i++)
        {
            var from = _view.Entities[vertices[i]];
            var to = _view.Entities[vertices[i + 1]];
            var relationships = _view.Between(vertices[i], vertices[i + 1])
                .Where(r => !_directed || (r.From == from.Id && r.To == to.Id) || _view.IsSymmetric(r))
                .ToList();
            hops.Add(new PathHop(from, to, relationships));
        }
        return new EntityPath(vertices.Select(v => _view.Entities[v]).ToList(), hops);
    }

    /// <summary>Fewer hops first, then by the vertex indexes in order.</summary>
    private sealed class PathOrder : IComparer<int[]>
    {
        public static PathOrder Instance { get; } = new();

        public int Compare(int[]? x, int[]? y)
        {
            var c = x!.Length.CompareTo(y!.Length);
            return c != 0 ? c : x.AsSpan().SequenceCompareTo(y);
        }
    }
}
