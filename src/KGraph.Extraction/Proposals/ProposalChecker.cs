using System.Globalization;
using KGraph.Extraction.Coreference;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Model;
using KGraph.Text;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Proposals;

/// <summary>
/// Checks a proposer's answer against the article, in two steps around coreference. First, each proposed name is found
/// in the text and becomes a mention where no recognised name already stands (so it is grouped, aliased and given a
/// curated id like any extracted name). Then each proposed fact is kept only if its quote is in the article, its type
/// in the vocabulary, its endpoints found and of types the vocabulary allows; the span is the quote's place in the text.
/// Names and quotes are compared after the article's normalisation and script folding (起訴 finds 起诉).
/// </summary>
internal sealed class ProposalChecker(ProposalSet proposals, string text, string folded, Func<string, string> fold, GraphVocabulary vocabulary,
    IReadOnlyDictionary<string, string> knownIds)
{
    /// <summary>The confidence of a proposed fact whose proposer gave none (documented in docs/llm.md).</summary>
    public const double DefaultConfidence = 0.7;

    private const int MaxOccurrences = 10_000;
    private const int MaxRoleLength = 60;
    private readonly Dictionary<string, List<(int Start, int End)>> _occurrences = new(StringComparer.Ordinal);
    private readonly List<DroppedProposal> _dropped = [];
    private int _kept;

    /// <summary>Mentions for the proposed names at the places no recognised name covers, in text order.</summary>
    public IEnumerable<MentionCandidate> Mentions(IReadOnlyList<MentionCandidate> recognized)
    {
        var covered = recognized.Select(m => (m.Start, m.End)).OrderBy(s => s.Start).ToList();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in proposals.Entities)
        {
            var label = PrintableText.Of($"entity {entity.Name} ({entity.Type})");
            if (!vocabulary.IsEntityType(entity.Type) || entity.Type is EntityTypes.Name or EntityTypes.Date)
                _dropped.Add(new DroppedProposal(label, PrintableText.Of($"entity type {entity.Type} is not in the vocabulary")));
            else if (Occurrences(entity.Name).Count == 0 && KnownId(entity.Name) is null)
                _dropped.Add(new DroppedProposal(label, "the name is not in the article"));
            else types.TryAdd(Key(entity.Name), entity.Type);
        }
        // A fact may name an endpoint the entity list left out: it is a name like any other, typed by coreference or not at all.
        foreach (var fact in proposals.Facts)
            foreach (var name in new[] { fact.From, fact.To })
                types.TryAdd(Key(name), EntityTypes.Name);
        var added = new List<MentionCandidate>();
        // Longer names first: of two proposed names that overlap (Vexa, Vexa Labs) the longer takes the place.
        foreach (var (key, type) in types.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var knownId = KnownId(key);
            foreach (var (start, end) in OccurrencesOfKey(key))
                if (!Overlaps(covered, start, end) && !added.Any(m => m.Start < end && start < m.End))
                    added.Add(new MentionCandidate(start, end, type, text[start..end], knownId, Priority: 0));
        }
        return added.OrderBy(m => m.Start);
    }

    /// <summary>The proposed facts that hold up against the text, as found facts; the others are counted in <see cref="Report"/>.</summary>
    public IEnumerable<FoundFact> Facts(DocumentEntities entities)
    {
        foreach (var fact in proposals.Facts)
        {
            var (found, reason) = Check(fact, entities);
            if (found is null)
            {
                _dropped.Add(new DroppedProposal(PrintableText.Of($"{fact} \"{fact.Quote}\""), PrintableText.Of(reason!)));
                continue;
            }
            _kept++;
            found.From.UsedByRelationship = found.To.UsedByRelationship = true;
            yield return found;
        }
    }

    public ProposalReport Report => new(proposals.Usage, proposals.Facts.Count, _kept, _dropped);

    private (FoundFact? Fact, string? Reason) Check(ProposedFact fact, DocumentEntities entities)
    {
        if (vocabulary.RelationshipType(fact.Type) is not { } type) return (null, $"relationship type {fact.Type} is not in the vocabulary");
        if (string.IsNullOrWhiteSpace(fact.Quote)) return (null, "no quote");
        if (Locate(fact) is not { } span) return (null, "the quote is not in the article");
        var from = Resolve(fact.From, span, entities);
        if (from is null) return (null, $"{fact.From} is not named in the article");
        var to = Resolve(fact.To, span, entities);
        if (to is null) return (null, $"{fact.To} is not named in the article");
        if (from == to) return (null, $"{fact.From} and {fact.To} are the same entity");
        if (!type.Allows(from.FinalType, to.FinalType)) return (null, $"{type.Name} does not go from {from.FinalType} to {to.FinalType}");
        PartialDate? start = null, end = null;
        if (fact.Start is { Length: > 0 } startText)
        {
            if (!PartialDate.TryParse(startText, out var date)) return (null, $"start {startText} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            start = date;
        }
        if (fact.End is { Length: > 0 } endText)
        {
            if (!PartialDate.TryParse(endText, out var date)) return (null, $"end {endText} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            end = date;
        }
        var confidence = fact.Confidence is >= 0 and <= 1 ? fact.Confidence.Value : DefaultConfidence;
        // A role is a job title; anything long or spread over lines is not one, and is left out rather than written.
        var role = string.IsNullOrWhiteSpace(fact.Role) || fact.Role.Trim().Length > MaxRoleLength || fact.Role.Any(char.IsControl) ? null : fact.Role.Trim();
        return (new FoundFact(from, type.Name, to, role, new Dictionary<string, object>(), confidence, span, fact.Rule, start) { End = end }, null);
    }

    /// <summary>The quote's place in the article: the first inside the chunk it was proposed from, else the first anywhere.</summary>
    private TextSpan? Locate(ProposedFact fact)
    {
        var quote = Key(fact.Quote.Trim());
        if (quote.Length == 0) return null;
        var from = Math.Clamp(fact.ChunkStart, 0, folded.Length);
        var inChunk = folded.IndexOf(quote, from, StringComparison.Ordinal);
        var at = inChunk >= 0 && inChunk + quote.Length <= fact.ChunkEnd ? inChunk : folded.IndexOf(quote, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, at + quote.Length);
    }

    /// <summary>The entity a name stands for: at its place in the quote if it is there, else at its first place in the article, else by curated id.</summary>
    private LocalEntity? Resolve(string name, TextSpan quote, DocumentEntities entities)
    {
        var places = Occurrences(name);
        foreach (var inQuote in new[] { true, false })
            foreach (var (start, end) in places)
            {
                if (inQuote && (start < quote.Start || end > quote.End)) continue;
                if (EntityAt(entities.References, start, end) is { } entity) return entity;
            }
        return KnownId(name) is { } id ? entities.Entities.FirstOrDefault(e => e.KnownId == id) : null;
    }

    /// <summary>The entity of the name reference with the largest overlap with [start, end).</summary>
    private static LocalEntity? EntityAt(IReadOnlyList<EntityReference> references, int start, int end)
    {
        EntityReference? best = null;
        var bestOverlap = 0;
        foreach (var reference in references)
        {
            if (reference.Start >= end) break;
            var overlap = Math.Min(end, reference.End) - Math.Max(start, reference.Start);
            if (overlap > bestOverlap && reference.Entities.Count == 1) (best, bestOverlap) = (reference, overlap);
        }
        return best?.Entities[0];
    }

    private string Key(string name) => fold(TextNormalizer.Normalize(name.Trim()));

    private string? KnownId(string name) => knownIds.GetValueOrDefault(Key(name));

    private List<(int Start, int End)> Occurrences(string name) => OccurrencesOfKey(Key(name));

    /// <summary>Where a (folded) name stands in the folded text; a Latin name only as a whole word (Meta, not Metaverse).</summary>
    private List<(int Start, int End)> OccurrencesOfKey(string key)
    {
        if (_occurrences.TryGetValue(key, out var found)) return found;
        found = [];
        if (key.Length > 0)
            for (var at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0
                && found.Count < MaxOccurrences; at = folded.IndexOf(key, at + 1, StringComparison.Ordinal))
                if (WholeWord(at, at + key.Length)) found.Add((at, at + key.Length));
        _occurrences[key] = found;
        return found;
    }

    private bool WholeWord(int start, int end) =>
        !(IsWordChar(folded[start]) && start > 0 && IsWordChar(folded[start - 1])) &&
        !(IsWordChar(folded[end - 1]) && end < folded.Length && IsWordChar(folded[end]));

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c < '\u0250');

    private static bool Overlaps(List<(int Start, int End)> sorted, int start, int end)
    {
        foreach (var (s, e) in sorted)
        {
            if (s >= end) return false;
            if (e > start) return true;
        }
        return false;
    }

    /// <summary>Every name, per-script name and alias of the curated entities, folded, to its id; a name two entities claim is left out.</summary>
    public static Dictionary<string, string> KnownIds(IEnumerable<Entity> known, Func<string, string> fold)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in known)
            foreach (var name in entity.Aliases.Concat(entity.Names.Values).Append(entity.Name).Distinct(StringComparer.Ordinal))
            {
                var key = fold(TextNormalizer.Normalize(name.Trim()));
                if (key.Length == 0) continue;
                if (ids.TryGetValue(key, out var id) && id != entity.Id) claimed.Add(key);
                else ids[key] = entity.Id;
            }
        foreach (var key in claimed) ids.Remove(key);
        return ids;
    }

    /// <summary>The lines <c>extract --explain</c> prints for the proposals: each kept count and each dropped one with its reason.</summary>
    public static IEnumerable<string> Describe(string path, ProposalReport report) =>
        report.Dropped.Select(d => $"{path}: llm dropped {d.Proposal}: {d.Reason}")
            .Prepend(string.Create(CultureInfo.InvariantCulture,
                $"{path}: llm proposed {report.Proposed} facts, kept {report.Kept}, dropped {report.Proposed - report.Kept}"));
}
