using KGraph.Extraction.Coreference;
using KGraph.Extraction.Reading;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Model;
using KGraph.Text;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Output;

/// <summary>
/// Turns an article's entities and found facts into model records: ids (curated or from the name),
/// mentions, and one relationship per (from, type, to, start) with all its evidence, sorted so that
/// the same article gives the same records in every run.
/// </summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(ArticleText article, IReadOnlyList<LocalEntity> entities, IReadOnlyList<FoundFact> facts, GraphVocabulary vocabulary,
        OrganizationShortNames shortNames)
    {
        var document = new Document(
            DocumentId(article.Path), article.Title, article.Url, article.Published,
            article.Lang ?? Scripts.Script.LanguageOf(article.Text.AsSpan(0, Math.Min(article.Text.Length, 2000))),
            article.Path.Replace('\\', '/'), TextNormalizer.Sha256(article.Text));

        var kept = entities.Where(e => !e.Weak || e.UsedByRelationship).ToList();
        var ids = AssignIds(kept);
        var records = kept
            .Select(e => ToEntity(e, ids[e], document.Id, article.Text, shortNames))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var relationships = facts
            .Where(f => ids.ContainsKey(f.From) && ids.ContainsKey(f.To))
            .Select(f => ToRelationship(f, ids, document.Id, article.Text, vocabulary))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(Merge)
            .Where(r => r.Type != "WORKS_AT" || !facts.Any(f => f.Type == "LEADS" && ids[f.From] == r.From && ids[f.To] == r.To))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new ExtractionResult(document, records, relationships, article.Warnings);
    }

    /// <summary>The article's file name without extension, as an id: graph-data/articles/2024-03-xai.zh.txt → 2024-03-xai.zh.</summary>
    public static string DocumentId(string path) => EntityIds.FromName(Path.GetFileNameWithoutExtension(path));

    private static Dictionary<LocalEntity, string> AssignIds(List<LocalEntity> entities)
    {
        var ids = new Dictionary<LocalEntity, string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.OrderBy(e => e.KnownId is null).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var id = entity.KnownId ?? EntityIds.FromName(entity.Name);
            // Two names that slug alike (Open AI, Open-AI) stay apart, deterministically.
            if (!taken.Add(id)) taken.Add(id = id + "-" + RelationshipId.ShortHash(entity.Name));
            ids[entity] = id;
        }
        return ids;
    }

    private static Entity ToEntity(LocalEntity entity, string id, string doc, string text, OrganizationShortNames shortNames)
    {
        // In document order, each span once (the first of equal starts first, as found).
        var mentions = new List<Mention>(entity.Mentions.Count);
        foreach (var m in entity.Mentions.OrderBy(m => m.Start))
        {
            if (SpanListed(mentions, m.Start, m.End)) continue;
            // The candidate's name is usually the very text of its span: no second copy.
            var surface = text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(m.Name) ? m.Name : text[m.Start..m.End];
            mentions.Add(new Mention(doc, new TextSpan(m.Start, m.End), surface));
        }
        var shortForms = entity.FinalType == EntityTypes.Organization ? entity.ShortForms(shortNames) : [];
        var aliases = mentions.Select(m => m.Text).Concat(shortForms).Where(t => t != entity.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        var lang = entity.Name.Any(Scripts.Script.IsHan) ? "zh" : "en";
        return new Entity
        {
            Id = id,
            Type = entity.FinalType,
            Name = entity.Name,
            Names = entity.KnownId is null ? new SortedDictionary<string,
                string>(StringComparer.Ordinal)
            { [lang] = entity.Name } : new SortedDictionary<string, string>(StringComparer.Ordinal),
            Aliases = entity.KnownId is null ? aliases : [],
            Props = entity.Props,
            Mentions = mentions,
        };
    }

    private static bool SpanListed(List<Mention> mentions, int start, int end)
    {
        for (var k = mentions.Count - 1; k >= 0 && mentions[k].Span.Start == start; k--)
            if (mentions[k].Span.End == end) return true;
        return false;
    }

    private static Relationship ToRelationship(FoundFact fact, Dictionary<LocalEntity, string> ids, string doc, string text, GraphVocabulary vocabulary)
    {
        var from = ids[fact.From];
        var to = ids[fact.To];
        var symmetric = vocabulary.IsSymmetric(fact.Type);
        if (symmetric && string.CompareOrdinal(from, to) > 0) (from, to) = (to, from);
        var props = new SortedDictionary<string, Scalar>(StringComparer.Ordinal);
        foreach (var (key, value) in fact.Props)
        {
            props[key] = value switch
            {
                long number => Scalar.Of(number),
                LocalEntity entity => Scalar.Of(ids.TryGetValue(entity, out var id) ? id : EntityIds.FromName(entity.Name)),
                _ => Scalar.Of(value.ToString() ?? ""),
            };
        }
        return new Relationship
        {
            Id = RelationshipId.For(from, fact.Type, to, fact.Start, symmetric),
            From = from,
            Type = fact.Type,
            To = to,
            Start = fact.Start,
            End = fact.End,
            Role = fact.Role,
            Props = props,
            Confidence = fact.Confidence,
            Status = RelationshipStatus.Extracted,
            Evidence = [new Evidence(doc, fact.Span, text[fact.Span.Start..fact.Span.End], fact.Rule)],
        };
    }

    /// <summary>
    /// One relationship per id, as confident as its most confident source: evidence from every clause, one per span.
    /// A hand rule's evidence is kept over the model's where they overlap (a rule says why), and the model's longer
    /// quotes give way to its shorter ones inside them (it quotes the clauses around each pair of references).
    /// </summary>
    private static Relationship Merge(IGrouping<string, Relationship> group)
    {
        var ordered = group
            .OrderBy(r => IsModel(r.Evidence[0]))
            .ThenByDescending(r => r.Confidence)
            .ThenBy(r => r.Evidence[0].Rule, StringComparer.Ordinal)
            .ToList();
        var bySpan = ordered
            .SelectMany(r => r.Evidence)
            .GroupBy(e => e.Span)
            .Select(g => g.First())
            .ToList();
        var evidence = GivingWay(bySpan);
        var best = ordered[0];
        var props = new SortedDictionary<string, Scalar>(StringComparer.Ordinal);
        foreach (var relationship in ordered)
            foreach (var (key, value) in relationship.Props)
                props.TryAdd(key, value);
        return best with
        {
            Role = ordered.Select(r => r.Role).FirstOrDefault(r => r is not null),
            Props = props,
            Confidence = group.Max(r => r.Confidence),
            Evidence = evidence,
        };
    }

    /// <summary>
    /// The evidence in span order without the model's quotes that give way: those a rule's quote overlaps or another model
    /// quote lies inside. Only quotes starting within the longest quote's length before one can touch it, so a fact quoted
    /// in every clause of a long article costs a window of neighbours per quote, not the whole list.
    /// </summary>
    private static List<Evidence> GivingWay(List<Evidence> bySpan)
    {
        var sorted = bySpan.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var longest = sorted.Count == 0 ? 0 : sorted.Max(e => e.Span.End - e.Span.Start);
        var kept = new List<Evidence>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            if (!IsModel(e) || !Touched(sorted, i, longest)) kept.Add(e);
        }
        return kept;
    }

    private static bool Touched(List<Evidence> sorted, int index, int longest)
    {
        var e = sorted[index].Span;
        for (var k = index - 1; k >= 0 && sorted[k].Span.Start >= e.Start - longest; k--)
            if (GivesWayTo(sorted[index], sorted[k])) return true;
        for (var k = index + 1; k < sorted.Count && sorted[k].Span.Start < e.End; k++)
            if (GivesWayTo(sorted[index], sorted[k])) return true;
        return false;
    }

    private static bool GivesWayTo(Evidence e, Evidence other) =>
        other.Span != e.Span && (IsModel(other) ? Inside(other.Span, e.Span) : Overlap(other.Span, e.Span));

    private static bool IsModel(Evidence evidence) => Learning.ModelRules.IsModel(evidence.Rule);

    private static bool Inside(TextSpan inner, TextSpan outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
