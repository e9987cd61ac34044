using KGraph.Model;
using KGraph.Store;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>
/// Same name is not same person. Extracted people from different articles that share an id or a name are one
/// entity only when the evidence agrees: a curated entity owns the name or id (they all link to it), or both have a
/// relationship to the same other entity (a shared organisation, say). Otherwise each article's person keeps apart
/// under an id of its own: the first article in file order keeps the plain id, a later one gets the plain id and its
/// document id (<c>marcus-hale.2025-03-04-corvid-steel.en</c>), so a review can merge or keep them apart by id. Within
/// one article a shared id or name is one entity, as the extractor meant. Runs before entities are combined by id.
/// Organisations, products and places keep joining by name: their names are registered or unique far more often
/// than people's, and each would need a shared neighbour that is itself only joined by name.
/// </summary>
internal sealed class NamesakeRule(GraphVocabulary vocabulary, Func<string, string, bool> keptApart)
{
    private const string PersonType = "Person";

    private sealed class Unit(int file, Entity entity, string ownId)
    {
        public int File { get; } = file;
        public Entity Entity { get; } = entity;
        /// <summary>The id it has when it stays apart: plain in the first file that uses the id, suffixed by article after.</summary>
        public string OwnId { get; } = ownId;
        public string? Curated { get; set; }
        /// <summary>The other ends of its relationships in its own file, as written.</summary>
        public List<string> NeighbourIds { get; } = [];
        public HashSet<string> Neighbours { get; } = new(StringComparer.Ordinal);
        public Unit? Root { get; set; }
    }

    public List<GraphFile> Apply(IReadOnlyList<GraphFile> files)
    {
        var curatedIds = files.Where(f => f.Layer == DataLayer.Curated).SelectMany(f => f.Entities).Select(e => e.Value).ToList();
        var ids = curatedIds.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in curatedIds.OrderBy(e => e.Id, StringComparer.Ordinal))
            foreach (var name in entity.AllNames())
                owners.TryAdd(NameKey.Of(name), entity);

        var units = Units(files, ids, owners);
        var free = units.Where(u => u.Curated is null).ToList();
        foreach (var unit in free) unit.Root = unit;
        // Units that share an id or a name are joined through an index of what makes them agree, not pair by pair:
        // a common unlinked name in thousands of articles stays linear.
        var groups = free.SelectMany(u => u.Entity.AllNames().Select(NameKey.Of).Prepend("#" + u.Entity.Id).Distinct().Select(k => (Key: k, Unit: u)))
            .GroupBy(x => x.Key, x => x.Unit).Where(g => g.Skip(1).Any()).Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            var byType = new Dictionary<string, Unit>(StringComparer.Ordinal);
            foreach (var unit in group.Where(u => u.Entity.Type != PersonType))
                if (!byType.TryAdd(unit.Entity.Type, unit)) Union(byType[unit.Entity.Type], unit);
        }
        // A person's neighbours are named by what they resolved to: the curated entity, or the joined organisation.
        var inFile = new Dictionary<(int File, string Id), Unit>();
        foreach (var unit in units) inFile.TryAdd((unit.File, unit.Entity.Id), unit);
        foreach (var unit in free.Where(u => u.Entity.Type == PersonType))
            foreach (var id in unit.NeighbourIds)
                unit.Neighbours.Add(inFile.GetValueOrDefault((unit.File, id)) is { } n ? n.Curated
                    ?? (n.Root is null ? id : $"@{Find(n).File}/{Find(n).Entity.Id}") : id);
        foreach (var group in groups)
        {
            var byFile = new Dictionary<int, Unit>();
            var byNeighbour = new Dictionary<string, Unit>(StringComparer.Ordinal);
            foreach (var unit in group.Where(u => u.Entity.Type == PersonType))
            {
                if (byFile.TryGetValue(unit.File, out var sameFile) && !keptApart(sameFile.OwnId, unit.OwnId)) Union(sameFile, unit);
                else byFile.TryAdd(unit.File, unit);
                foreach (var neighbour in unit.Neighbours)
                {
                    if (byNeighbour.TryGetValue(neighbour, out var other) && !keptApart(other.OwnId, unit.OwnId)) Union(other, unit);
                    else byNeighbour.TryAdd(neighbour, unit);
                }
            }
        }

        var newIds = new Dictionary<(int File, string Id), string>();
        foreach (var component in free.GroupBy(Find))
        {
            var plain = component.Where(u => u.OwnId == u.Entity.Id).Select(u => u.OwnId).Order(StringComparer.Ordinal).FirstOrDefault();
            var id = plain ?? component.First().OwnId;
            foreach (var unit in component.Where(u => u.Entity.Id != id)) newIds[(unit.File, unit.Entity.Id)] = id;
        }
        return newIds.Count == 0 ? files.ToList() : files.Select((f, i) => Rewrite(f, i, newIds)).ToList();
    }

    private List<Unit> Units(IReadOnlyList<GraphFile> files, HashSet<string> curatedIds, Dictionary<string, Entity> owners)
    {
        var units = new List<Unit>();
        var firstFileOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var fi = 0; fi < files.Count; fi++)
        {
            var file = files[fi];
            if (file.Layer != DataLayer.Extracted) continue;
            var article = file.Documents.Count > 0 ? file.Documents[0].Value.Id : System.IO.Path.GetFileNameWithoutExtension(file.Path);
            var here = new Dictionary<string, Unit>(StringComparer.Ordinal);
            foreach (var located in file.Entities)
            {
                var e = located.Value;
                var first = firstFileOf.TryAdd(e.Id, fi) || firstFileOf[e.Id] == fi;
                var unit = new Unit(fi, e, first ? e.Id : SplitId(e.Id, article));
                here.TryAdd(e.Id, unit);
                units.Add(unit);
            }
            foreach (var unit in here.Values) unit.Curated = CuratedLink(unit.Entity, curatedIds, owners);
            foreach (var r in file.Relationships.Select(r => r.Value))
            {
                if (here.TryGetValue(r.From, out var from)) from.NeighbourIds.Add(r.To);
                if (here.TryGetValue(r.To, out var to)) to.NeighbourIds.Add(r.From);
            }
        }
        return units;
    }

    /// <summary>The curated entity an extracted one is: same id, or the one curated owner of its names with its type.</summary>
    private string? CuratedLink(Entity e, HashSet<string> curatedIds, Dictionary<string, Entity> owners)
    {
        if (curatedIds.Contains(e.Id)) return e.Id;
        var targets = e.AllNames().Select(n => owners.GetValueOrDefault(NameKey.Of(n)))
            .Where(o => o is not null && o.Type == e.Type && !keptApart(e.Id, o.Id))
            .Select(o => o!.Id).Distinct().ToList();
        return targets.Count == 1 ? targets[0] : null;
    }

    private static string SplitId(string id, string article)
    {
        var split = $"{id}.{article.ToLowerInvariant()}";
        return Ids.IsValid(split) ? split : $"{id}.{RelationshipId.ShortHash(article)}";
    }

    private static Unit Find(Unit u)
    {
        while (u.Root != u) u = u.Root = u.Root!.Root!;
        return u;
    }

    private static void Union(Unit a, Unit b)
    {
        var (x, y) = (Find(a), Find(b));
        if (x == y) return;
        // The earlier file's root stays root, so a component's first unit is found first.
        if (y.File < x.File) (x, y) = (y, x);
        y.Root = x;
    }

    private GraphFile Rewrite(GraphFile file, int index, Dictionary<(int File, string Id), string> newIds)
    {
        string Map(string id) => newIds.GetValueOrDefault((index, id), id);
        if (file.Layer != DataLayer.Extracted || !file.Entities.Any(e => Map(e.Value.Id) != e.Value.Id)) return file;
        var entities = file.Entities.Select(e => Map(e.Value.Id) is var id && id != e.Value.Id ? e with { Value = e.Value with { Id = id } } : e).ToList();
        var relationships = file.Relationships.Select(located =>
        {
            var r = located.Value;
            var (from, to) = (Map(r.From), Map(r.To));
            if (from == r.From && to == r.To) return located;
            var symmetric = vocabulary.IsSymmetric(r.Type);
            var derived = r.Id == RelationshipId.For(r.From, r.Type, r.To, r.Start, symmetric);
            return located with { Value = r with { From = from, To = to, Id = derived ? RelationshipId.For(from, r.Type, to, r.Start, symmetric) : r.Id } };
        }).ToList();
        return file with { Entities = entities, Relationships = relationships };
    }
}
