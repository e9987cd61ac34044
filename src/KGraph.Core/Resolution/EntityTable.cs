using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Store;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>Entities being merged: by id first, then extracted ones onto curated ones by name.</summary>
internal sealed class EntityTable(DiagnosticBag diagnostics)
{
    private sealed class Slot(Located<Entity> first, DataLayer layer)
    {
        public Entity Value = first.Value;
        public readonly DataLayer Layer = layer;
        public readonly List<Located<Entity>> Origins = [first];
    }

    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _redirects = new(StringComparer.Ordinal);
    // The line of the merge decision behind a redirect; redirects without one came from names, ids or renames.
    private readonly Dictionary<string, int> _mergedAt = new(StringComparer.Ordinal);

    public bool Contains(string id) => _slots.ContainsKey(Redirect(id));

    /// <summary>The ids entities live under now, for "did you mean" suggestions.</summary>
    public IEnumerable<string> Ids => _slots.Keys;

    public string TypeOf(string id) => _slots[Redirect(id)].Value.Type;

    public void Retype(string id, string type)
    {
        var slot = _slots[Redirect(id)];
        slot.Value = slot.Value with { Type = type };
    }

    /// <summary>
    /// The line of the merge decision that made <paramref name="a"/> and <paramref name="b"/> one entity: the latest
    /// decision on the redirect paths from both to where they meet. Null when no decision joined them.
    /// </summary>
    public int? JoiningMerge(string a, string b)
    {
        var pathA = Path(a);
        var pathB = Path(b);
        var meet = pathA.FirstOrDefault(id => pathB.Contains(id));
        if (meet is null) return null;
        var lines = pathA.TakeWhile(id => id != meet).Concat(pathB.TakeWhile(id => id != meet))
            .Select(id => _mergedAt.TryGetValue(id, out var line) ? line : (int?)null)
            .Where(line => line is not null)
            .ToList();
        return lines.Count == 0 ? null : lines.Max();
    }

    private List<string> Path(string id)
    {
        var path = new List<string> { id };
        while (_redirects.TryGetValue(id, out var next)) path.Add(id = next);
        return path;
    }

    /// <summary>The id an entity id now lives under, after merges and renames.</summary>
    public string Redirect(string id)
    {
        while (_redirects.TryGetValue(id, out var next)) id = next;
        return id;
    }

    public void Add(Located<Entity> located, DataLayer layer)
    {
        var entity = located.Value;
        if (!_slots.TryGetValue(entity.Id, out var slot))
        {
            _slots[entity.Id] = new Slot(located, layer);
            return;
        }
        var first = slot.Origins[0];
        if (slot.Value.Type != entity.Type)
        {
            diagnostics.Error(located.PositionOf("type"), $"entity '{entity.Id}' is a {entity.Type} here but a {slot.Value.Type} at {first.At}");
            return;
        }
        if (layer == DataLayer.Curated && slot.Layer == DataLayer.Curated)
        {
            diagnostics.Error(located.PositionOf("id"), $"duplicate entity id '{entity.Id}' (first defined at {first.At})");
            return;
        }
        slot.Value = Combine(slot.Value, entity);
        slot.Origins.Add(located);
    }

    /// <summary>
    /// Checks that no name is claimed by two curated entities, then folds extracted entities into the
    /// curated entity that owns one of their names, unless a review decision declared the two distinct
    /// (<paramref name="keptApart"/>). Extracted entities are not linked to each other by name here:
    /// <see cref="NamesakeRule"/> has decided which of them are one.
    /// </summary>
    public void LinkByName(Func<string, string, bool> keptApart)
    {
        // Positions are looked up only for a conflict: asking for one may re-read the file.
        var owners = new Dictionary<string, (string Id, NameSource Source)>(StringComparer.Ordinal);
        foreach (var (id, slot) in _slots.Where(s => s.Value.Layer == DataLayer.Curated).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var source in NameSources(slot))
            {
                var key = NameKey.Of(source.Name);
                if (key.Length == 0) continue;
                if (owners.TryGetValue(key, out var owner) && owner.Id != id)
                    diagnostics.Error(source.Position(),
                        $"name '{source.Name}' is claimed by two entities: '{owner.Id}' (at {owner.Source.Position()}) and '{id}'");
                else
                    owners.TryAdd(key, (id, source));
            }
        }
        foreach (var (id, slot) in _slots.Where(s => s.Value.Layer == DataLayer.Extracted).OrderBy(s => s.Key, StringComparer.Ordinal).ToList())
        {
            var targets = slot.Value.AllNames()
                .Select(n => owners.TryGetValue(NameKey.Of(n), out var o) ? o.Id : null)
                .Where(t => t is not null && t != id && _slots[t].Value.Type == slot.Value.Type && !keptApart(id, t))
                .Distinct()
                .ToList();
            if (targets.Count == 1)
            {
                MergeOrRename(id, targets[0]!);
                continue;
            }
            if (targets.Count > 1)
                diagnostics.Warning(slot.Origins[0].PositionOf("name"),
                    $"extracted entity '{id}' matches several entities by name ({string.Join(", ", targets)}); kept apart");
        }
    }

    /// <summary>Whether <paramref name="id"/> names an entity other than <paramref name="from"/>'s: an id it once had (a rename back) is free.</summary>
    public bool IsTakenByAnother(string id, string from) => Contains(id) && Redirect(id) != Redirect(from);

    /// <summary>
    /// Gives an entity a new id (one <see cref="IsTakenByAnother"/> does not refuse). Renaming back to a former id drops
    /// the redirect from it first, so that a → b then b → a, and longer chains, leave no cycle.
    /// </summary>
    public void Rename(string from, string to)
    {
        from = Redirect(from);
        if (from == to) return;
        _redirects.Remove(to);
        _mergedAt.Remove(to);
        var slot = _slots[from];
        slot.Value = slot.Value with { Id = to };
        _slots[to] = slot;
        _slots.Remove(from);
        _redirects[from] = to;
    }

    /// <summary>
    /// Moves <paramref name="from"/> into <paramref name="into"/> (or renames it when <paramref name="into"/> is new);
    /// false when their types differ. <paramref name="decisionLine"/> is the review log line that asked for it, if any.
    /// </summary>
    public bool MergeOrRename(string from, string into, int? decisionLine = null)
    {
        from = Redirect(from);
        into = Redirect(into);
        if (from == into) return true;
        var source = _slots[from];
        if (_slots.TryGetValue(into, out var target))
        {
            if (target.Value.Type != source.Value.Type) return false;
            target.Value = Combine(target.Value, source.Value);
            target.Origins.AddRange(source.Origins);
        }
        else
        {
            source.Value = source.Value with { Id = into };
            _slots[into] = source;
        }
        _slots.Remove(from);
        _redirects[from] = into;
        if (decisionLine is { } line) _mergedAt[from] = line;
        return true;
    }

    public List<Entity> Final() => _slots.Values.Select(s => s.Value).ToList();

    public Dictionary<string, IReadOnlyList<Located<Entity>>> Origins() =>
        _slots.ToDictionary(s => s.Key, s => (IReadOnlyList<Located<Entity>>)s.Value.Origins, StringComparer.Ordinal);

    /// <summary>The first entity's fields win; every name of the second is kept as an alias; mentions pool.</summary>
    private static Entity Combine(Entity keep, Entity other)
    {
        var known = new HashSet<string>(keep.AllNames().Select(NameKey.Of), StringComparer.Ordinal);
        var aliases = keep.Aliases.ToList();
        foreach (var name in other.AllNames())
            if (known.Add(NameKey.Of(name))) aliases.Add(name);
        return keep with
        {
            Names = Union(keep.Names, other.Names),
            Aliases = aliases,
            Kind = keep.Kind ?? other.Kind,
            External = Union(keep.External, other.External),
            Props = Union(keep.Props, other.Props),
            Mentions = keep.Mentions.Concat(other.Mentions).Distinct().ToList(),
        };
    }

    private static SortedDictionary<string, T> Union<T>(IReadOnlyDictionary<string, T> keep, IReadOnlyDictionary<string, T> other)
    {
        var result = new SortedDictionary<string, T>(keep.ToDictionary(), StringComparer.Ordinal);
        foreach (var (k, v) in other) result.TryAdd(k, v);
        return result;
    }

    /// <summary>A name and where it was written, resolved only when asked.</summary>
    private readonly record struct NameSource(string Name, Located<Entity> Origin, string Field)
    {
        public SourcePosition Position() => Origin.PositionOf(Field);
    }

    private static IEnumerable<NameSource> NameSources(Slot slot)
    {
        foreach (var origin in slot.Origins)
        {
            var e = origin.Value;
            yield return new NameSource(e.Name, origin, "name");
            foreach (var (lang, name) in e.Names) yield return new NameSource(name, origin, $"names.{lang}");
            for (var i = 0; i < e.Aliases.Count; i++) yield return new NameSource(e.Aliases[i], origin, $"aliases[{i}]");
        }
    }
}
