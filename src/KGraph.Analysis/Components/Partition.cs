namespace KGraph.Analysis.Components;

/// <summary>
/// A partition of the vertices (components, communities): <see cref="Members"/> are sorted by size (largest first), then by
/// smallest vertex index; members are in index order. <see cref="ComponentOf"/>[v] indexes Members.
/// </summary>
public sealed class Partition
{
    public Partition(int[] label)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var v = 0; v < label.Length; v++)
        {
            if (!groups.TryGetValue(label[v], out var list)) groups[label[v]] = list = [];
            list.Add(v);
        }
        Members = groups.Values
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g[0])
            .Select(g => g.ToArray())
            .ToList();
        ComponentOf = new int[label.Length];
        for (var c = 0; c < Members.Count; c++)
        {
            foreach (var v in Members[c]) ComponentOf[v] = c;
        }
    }

    public IReadOnlyList<int[]> Members { get; }
    public int[] ComponentOf { get; }
    public int Count => Members.Count;
}
