using KGraph.Model;
using KGraph.Resolution;

namespace KGraph.Analysis.Lookup;

/// <summary>
/// Finds an entity by id, display name, per-language name or alias, compared by <see cref="NameKey"/>.
/// An exact id wins over names; a name shared by several entities is ambiguous.
/// </summary>
public sealed class EntityLookup
{
    private const int MaxSuggestions = 5;
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, List<Entity>> _byKey = new(StringComparer.Ordinal);

    public EntityLookup(IEnumerable<Entity> entities)
    {
        _byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            _byId[entity.Id] = entity;
            foreach (var name in entity.AllNames().Append(entity.Id))
            {
                var key = NameKey.Of(name);
                if (key.Length == 0) continue;
                if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
                if (!list.Contains(entity)) list.Add(entity);
            }
        }
    }

    public LookupResult Find(string query)
    {
        if (_byId.TryGetValue(query, out var byId)) return new LookupResult(query, LookupOutcome.Found, byId, [byId]);
        var key = NameKey.Of(query);
        if (_byKey.TryGetValue(key, out var matches))
        {
            var sorted = matches.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            return sorted.Count == 1
                ? new LookupResult(query, LookupOutcome.Found, sorted[0], sorted)
                : new LookupResult(query, LookupOutcome.Ambiguous, null, sorted);
        }
        return new LookupResult(query, LookupOutcome.Unknown, null, Suggest(key));
    }

    /// <summary>Entities with a name containing the query, or within a small edit distance of it.</summary>
    private List<Entity> Suggest(string key)
    {
        if (key.Length == 0) return [];
        var allowed = Math.Max(1, key.Length / 4);
        var best = new Dictionary<Entity, int>();
        foreach (var (name, entities) in _byKey)
        {
            var contains = key.Length >= 2 && (name.Contains(key, StringComparison.Ordinal) || key.Contains(name, StringComparison.Ordinal));
            var distance = contains
                ? Math.Abs(name.Length - key.Length) / 8
                : EditDistance(name, key, allowed);
            if (distance > allowed) continue;
            foreach (var entity in entities)
            {
                if (!best.TryGetValue(entity, out var d) || distance < d) best[entity] = distance;
            }
        }
        return best.OrderBy(p => p.Value).ThenBy(p => p.Key.Id, StringComparer.Ordinal).Take(MaxSuggestions).Select(p => p.Key).ToList();
    }

    /// <summary>Levenshtein distance, or limit + 1 as soon as it must exceed the limit.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
