using KGraph.Model;

namespace KGraph.Visualization.Selection;

/// <summary>Finds the one entity a person means by an id, name or alias (case-insensitive).</summary>
public static class EntityFinder
{
    /// <summary>The entity, or a message saying that nothing or more than one entity has that name.</summary>
    public static (Entity? Entity, string? Error) Find(KnowledgeGraph graph, string name)
    {
        var wanted = name.Trim();
        if (wanted.Length == 0) return (null, "an entity name is empty");
        if (graph.EntitiesById.TryGetValue(wanted, out var byId)) return (byId, null);
        var matches = graph.Entities
            .Where(e => e.AllNames().Any(n => string.Equals(n.Trim(), wanted, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"no entity is named '{wanted}' (names, aliases and ids were searched)"),
            _ => (null, $"'{wanted}' names {matches.Count} entities: {string.Join(", ", matches.Select(e => e.Id))}; use an id"),
        };
    }
}
