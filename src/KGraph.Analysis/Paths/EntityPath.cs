using KGraph.Model;

namespace KGraph.Analysis.Paths;

/// <summary>A chain of entities from the first to the last; <see cref="Length"/> counts hops.</summary>
public sealed record EntityPath(IReadOnlyList<Entity> Entities, IReadOnlyList<PathHop> Hops)
{
    public int Length => Hops.Count;
}
