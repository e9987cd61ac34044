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
        // Each short form a person's names allow (Musk for Elon Musk, 马斯克 for 埃隆·马斯克), with the people
        // it could stand for; grown as short forms join and bring their names.
        var people = new Dictionary<string, List<LocalEntity>>(StringComparer.Ordinal);
        foreach (var entity in entities)
            if (entity.Type is EntityTypes.Person or EntityTypes.Name)
                foreach (var name in entity.AllNames()) AddShortForms(people, name, entity);
        foreach (var shortForm in entities.Where(e => e.KnownId is null && e.Type is EntityTypes.Person or EntityTypes.Name))
        {
            if (!people.TryGetValue(shortForm.Name, out var candidates)) continue;
            var others = candidates.Count(e => e != shortForm);
            if (others != 1) continue;
            var full = candidates.First(e => e != shortForm);
            full.Mentions.AddRange(shortForm.Mentions);
            foreach (var mention in shortForm.Mentions) AddShortForms(people, mention.Name, full);
            full.Weak &= shortForm.Weak;
            result[shortForm.Name] = full;
        }
        return result;
    }

    /// <summary>The short forms of a full name: what follows a '·' or ' ', and what precedes a '·'.</summary>
    private static void AddShortForms(Dictionary<string, List<LocalEntity>> shortForms, string fullName, LocalEntity entity)
    {
        for (var i = 0; i < fullName.Length; i++)
        {
            if (fullName[i] is '·' or ' ' && i + 1 < fullName.Length) Add(fullName[(i + 1)..]);
            if (fullName[i] == '·' && i > 0) Add(fullName[..i]);
        }

        void Add(string shortForm)
        {
            if (!shortForms.TryGetValue(shortForm, out var entities)) shortForms[shortForm] = entities = [];
            if (!entities.Contains(entity)) entities.Add(entity);
        }
    }

    /// <summary>An organisation named by a short form of exactly one other organisation's full name in the article is that organisation.</summary>
    private static void MergeOrganizationShortForms(Dictionary<string, LocalEntity> merged, OrganizationShortNames shortNames)
    {
        var organizations = merged.Values.Distinct().Where(e => e.KnownId is null && e.Type == EntityTypes.Organization).ToList();
        var fullNames = new Dictionary<string, List<LocalEntity>>(StringComparer.Ordinal);
        foreach (var organization in organizations)
            foreach (var form in organization.ShortForms(shortNames))
            {
                if (!fullNames.TryGetValue(form, out var owners)) fullNames[form] = owners = [];
                owners.Add(organization);
            }
        foreach (var shortForm in organizations)
        {
            if (!fullNames.TryGetValue(shortForm.Name, out var owners)) continue;
            var fulls = owners.Where(e => e != shortForm && e.Name.Length > shortForm.Name.Length).ToList();
            if (fulls.Count != 1) continue;
            var full = fulls[0];
            full.Mentions.AddRange(shortForm.Mentions);
            full.Weak &= shortForm.Weak;
            foreach (var key in merged.Where(p => p.Value == shortForm).Select(p => p.Key).ToList()) merged[key] = full;
        }
    }
}
