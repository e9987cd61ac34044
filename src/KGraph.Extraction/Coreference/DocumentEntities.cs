using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Coreference;

/// <summary>
/// Groups an article's mentions into entities: one entity per name (or curated id), and short
/// forms joined to the full name they shorten (马斯克 → 埃隆·马斯克, Musk → Elon Musk; 某某集团 →
/// 某某集团有限公司 when <see cref="OrganizationShortNames"/> are given).
/// </summary>
internal sealed class DocumentEntities
{
    private readonly List<EntityReference> _references = [];

    public DocumentEntities(IEnumerable<MentionCandidate> mentions, OrganizationShortNames? organizationShortNames = null)
    {
        var byKey = new Dictionary<string, LocalEntity>(StringComparer.Ordinal);
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        // Strongest evidence first decides an entity's type: curated, then patterns, then tags.
        foreach (var mention in ordered.OrderByDescending(m => m.Priority).ThenBy(m => m.Weak).ThenBy(m => m.Start))
        {
            var key = mention.KnownId ?? mention.Name;
            if (!byKey.TryGetValue(key, out var entity))
                byKey[key] = entity = new LocalEntity(mention.Name, mention.Type, mention.KnownId, mention.Weak);
            else
            {
                if (entity.Type == EntityTypes.Name && mention.Type != EntityTypes.Name) entity.Type = mention.Type;
                entity.Weak &= mention.Weak;
            }
            entity.Mentions.Add(mention);
        }
        var merged = MergeShortForms(byKey.Values.ToList());
        if (organizationShortNames is not null) MergeOrganizationShortForms(merged, organizationShortNames);
        foreach (var mention in ordered)
        {
            var entity = merged[mention.KnownId ?? mention.Name];
            _references.Add(new EntityReference(mention.Start, mention.End, [entity], IsPronoun: false));
        }
        Entities = merged.Values.Distinct().ToList();
    }

    public IReadOnlyList<LocalEntity> Entities { get; }

    /// <summary>Name references in document order.</summary>
    public IReadOnlyList<EntityReference> References => _references;

    private static Dictionary<string, LocalEntity> MergeShortForms(List<LocalEntity> entities)
    {
        var result = new Dictionary<string, LocalEntity>(StringComparer.Ordinal);
        foreach (var entity in entities) result[entity.KnownId ?? entity.Name] = entity;
        // Every entity's names, asked once (not once per pair) and grown as short forms join.
        var names = entities.ToDictionary(e => e, e => e.AllNames().ToHashSet(StringComparer.Ordinal));
        foreach (var shortForm in entities.Where(e => e.KnownId is null && e.Type is EntityTypes.Person or EntityTypes.Name))
        {
            LocalEntity? full = null;
            var count = 0;
            foreach (var e in entities)
            {
                if (e == shortForm || !(e.Type is EntityTypes.Person or EntityTypes.Name) || !Shortens(shortForm.Name, names[e])) continue;
                full ??= e;
                if (++count > 1) break;
            }
            if (count != 1) continue;
            full!.Mentions.AddRange(shortForm.Mentions);
            names[full].UnionWith(shortForm.Mentions.Select(m => m.Name));
            full.Weak &= shortForm.Weak;
            result[shortForm.Name] = full;
        }
        return result;
    }

    /// <summary>An organisation named by a short form of exactly one other organisation's full name in the article is that organisation.</summary>
    private static void MergeOrganizationShortForms(Dictionary<string, LocalEntity> merged, OrganizationShortNames shortNames)
    {
        var organizations = merged.Values.Distinct().Where(e => e.KnownId is null && e.Type == EntityTypes.Organization).ToList();
        var forms = organizations.ToDictionary(e => e, e => shortNames.For(e.Name).ToHashSet(StringComparer.Ordinal));
        foreach (var shortForm in organizations)
        {
            var fulls = organizations.Where(e => e != shortForm && e.Name.Length > shortForm.Name.Length && forms[e].Contains(shortForm.Name)).ToList();
            if (fulls.Count != 1) continue;
            var full = fulls[0];
            full.Mentions.AddRange(shortForm.Mentions);
            full.Weak &= shortForm.Weak;
            foreach (var key in merged.Where(p => p.Value == shortForm).Select(p => p.Key).ToList()) merged[key] = full;
        }
    }

    private static bool Shortens(string shortName, IEnumerable<string> fullNames)
    {
        foreach (var full in fullNames)
        {
            if (full.Length <= shortName.Length) continue;
            // full ends with "·short" or " short", or starts with "short·".
            if (full.EndsWith(shortName, StringComparison.Ordinal) && full[^(shortName.Length + 1)] is '·' or ' ') return true;
            if (full.StartsWith(shortName, StringComparison.Ordinal) && full[shortName.Length] == '·') return true;
        }
        return false;
    }
}
