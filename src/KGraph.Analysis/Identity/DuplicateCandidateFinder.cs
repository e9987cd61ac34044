using KGraph.Model;

namespace KGraph.Analysis.Identity;

/// <summary>
/// Pairs of entities that may be one, scored by reasons that add up (see docs/review.md for the table):
/// one reason from their names (the strongest), then facts and neighbours they share, a shared title at one
/// organisation, and penalties for different types or a fact between the two. A pair needs a reason from its
/// names to be considered at all, and a score of at least <see cref="MinimumScore"/> to be listed. Nothing is merged.
/// </summary>
public sealed class DuplicateCandidateFinder(Transliteration transliteration)
{
    public const double MinimumScore = 0.2;
    public const double SameName = 0.6;
    public const double SameSpelling = 0.5;
    public const double Transliterated = 0.55;
    public const double SharedNamePart = 0.1;
    public const double SharedFact = 0.15;
    public const double SharedFactsAtMost = 0.3;
    public const double SharedNeighbour = 0.05;
    public const double SharedNeighboursAtMost = 0.15;
    public const double SameTitle = 0.2;
    public const double TypesDiffer = -0.5;
    public const double RelatedToEachOther = -0.3;

    /// <summary>A name part or name shared by more entities than this tells nothing (a common family name, "University").</summary>
    public const int CommonNameBucket = 50;

    /// <summary>A Chinese name of more parts than this is not paired by sound (it may still be paired by its parts).</summary>
    public const int MaxNameParts = 5;

    public static DuplicateCandidateFinder BuiltIn { get; } = new(Transliteration.BuiltIn);

    /// <summary>Every candidate pair not yet decided, best first (score, then ids).</summary>
    public IReadOnlyList<DuplicateCandidate> Find(KnowledgeGraph graph, ReviewedPairs decided)
    {
        var context = new CandidateContext(graph);
        var result = new List<DuplicateCandidate>();
        foreach (var (i, j) in Pairs(context))
        {
            var (a, b) = (graph.Entities[i], graph.Entities[j]);
            if (decided.Contains(a.Id, b.Id)) continue;
            if (Score(context, a, b) is { Score: >= MinimumScore } candidate) result.Add(candidate);
        }
        return result.OrderByDescending(c => c.Score).ThenBy(c => c.First, StringComparer.Ordinal).ThenBy(c => c.Second, StringComparer.Ordinal).ToList();
    }

    /// <summary>The pair's score and reasons whatever they come to; null when their names give no reason at all.</summary>
    public DuplicateCandidate? Score(KnowledgeGraph graph, string first, string second) =>
        Score(new CandidateContext(graph), graph.EntitiesById[first], graph.EntitiesById[second]);

    private DuplicateCandidate? Score(CandidateContext context, Entity a, Entity b)
    {
        if (string.CompareOrdinal(a.Id, b.Id) > 0) (a, b) = (b, a);
        if (NameReason(context.Names[a.Id], context.Names[b.Id], a.Type) is not { } name) return null;
        var reasons = new List<CandidateReason> { name };
        if (a.Type != b.Type) reasons.Add(new($"types differ: {a.Type} / {b.Type}", TypesDiffer));
        reasons.AddRange(context.Between(a.Id, b.Id).Select(type => new CandidateReason($"related to each other ({type})", RelatedToEachOther)));
        reasons.AddRange(Capped(context.SharedFacts(a.Id, b.Id), SharedFact, SharedFactsAtMost));
        reasons.AddRange(Capped(context.SharedNeighbours(a.Id, b.Id).Select(n => $"both linked to {n}"), SharedNeighbour, SharedNeighboursAtMost));
        if (context.SharedTitle(a.Id, b.Id) is { } title) reasons.Add(new(title, SameTitle));
        var score = Math.Round(Math.Clamp(reasons.Sum(r => r.Weight), 0, 1), 2);
        return new DuplicateCandidate(a.Id, b.Id, score, reasons);
    }

    private static IEnumerable<CandidateReason> Capped(IEnumerable<string> texts, double each, double atMost) =>
        texts.Take((int)Math.Round(atMost / each)).Select(t => new CandidateReason(t, each));

    /// <summary>The strongest thing the two sets of names say: one name in common, in another spelling, transliterated, or one part shared.</summary>
    private CandidateReason? NameReason(IReadOnlyList<NameForms> left, IReadOnlyList<NameForms> right, string type)
    {
        CandidateReason? best = null;
        void Consider(double weight, string text)
        {
            if (best is null || weight > best.Weight) best = new CandidateReason(text, weight);
        }
        foreach (var x in left)
        {
            foreach (var y in right)
            {
                // A one-word person's name (Musk, 马斯克) is only a family name: half the weight.
                var scale = x.IsFull(type) && y.IsFull(type) ? 1.0 : 0.5;
                var shortNote = scale < 1 ? " (one word only)" : "";
                if (x.Key == y.Key) Consider(SameName * scale, $"same name '{x.Text}'{shortNote}");
                else if (x.Folded == y.Folded) Consider(SameSpelling * scale, $"same name spelled '{x.Text}' / '{y.Text}'{shortNote}");
                else if (x.IsChinese != y.IsChinese && Reads(x, y))
                    Consider(Transliterated * scale, $"'{(x.IsChinese ? x : y).Text}' reads as '{(x.IsChinese ? y : x).Text}'{shortNote}");
                else if (x.Parts.Intersect(y.Parts).FirstOrDefault(p => p.Length > 1) is { } part) Consider(SharedNamePart, $"shared name part '{part}'");
            }
        }
        return best;
    }

    private bool Reads(NameForms x, NameForms y) => x.IsChinese ? transliteration.Reads(x.Key, y.Text) : transliteration.Reads(y.Key, x.Text);

    /// <summary>
    /// The pairs worth scoring: names alike once folded or with a name part in common (unless more than
    /// <see cref="CommonNameBucket"/> entities share it), and a Chinese and a Latin name whose parts begin with letters
    /// the Chinese characters may be spelled with (only those are read in full).
    /// </summary>
    private IEnumerable<(int, int)> Pairs(CandidateContext context)
    {
        var words = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var sounds = new Dictionary<string, (SortedSet<int> Zh, SortedSet<int> En)>(StringComparer.Ordinal);
        var entities = context.Graph.Entities;
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var name in context.Names[entities[i].Id])
            {
                foreach (var key in name.Parts.Where(p => p.Length > 1).Select(p => "part:" + p).Append("name:" + name.Folded))
                    (words.TryGetValue(key, out var set) ? set : words[key] = []).Add(i);
                foreach (var sound in SoundKeys(name))
                {
                    var key = $"{entities[i].Type}:{sound}";
                    if (!sounds.TryGetValue(key, out var sides)) sounds[key] = sides = ([], []);
                    (name.IsChinese ? sides.Zh : sides.En).Add(i);
                }
            }
        }
        var pairs = new HashSet<(int, int)>();
        void Add(int x, int y)
        {
            if (x != y) pairs.Add((Math.Min(x, y), Math.Max(x, y)));
        }
        foreach (var members in words.Values.Where(m => m.Count is > 1 and <= CommonNameBucket))
            foreach (var x in members)
                foreach (var y in members.GetViewBetween(x, int.MaxValue))
                    Add(x, y);
        foreach (var (zh, en) in sounds.Values)
            foreach (var x in zh)
                foreach (var y in en)
                    Add(x, y);
        return pairs.Order();
    }

    /// <summary>
    /// The first letters of a name's parts ("l p" for Larry Page; for 拉里·佩奇 every letter its characters may begin
    /// with: "l p", "r p"), so that a Chinese rendering and the Latin name it renders meet under one key.
    /// </summary>
    private IEnumerable<string> SoundKeys(NameForms name)
    {
        if (!name.IsChinese)
        {
            var parts = Transliteration.LatinParts(name.Text);
            if (parts.Length == 0) yield break;
            yield return string.Join(' ', parts.Select(p => p[0]));
            if (parts.Length > 2) yield return $"{parts[0][0]} {parts[^1][0]}";
            yield break;
        }
        var zh = name.Key.Split('·', StringSplitOptions.RemoveEmptyEntries);
        // Keys multiply with every part; no real name has more than MaxNameParts, a hostile one must not cost 4^50.
        if (zh.Length is 0 or > MaxNameParts || zh.Any(p => !p.All(transliteration.Knows))) yield break;
        IEnumerable<string> keys = [""];
        foreach (var part in zh)
            keys = keys.SelectMany(k => transliteration.FirstLetters(part).Select(c => k.Length == 0 ? c.ToString() : $"{k} {c}")).ToList();
        foreach (var key in keys) yield return key;
        if (zh.Length == 1 && zh[0].Length is 2 or 3)
        {
            var (family, given) = (transliteration.FirstLetters(zh[0][..1]).ToList(), transliteration.FirstLetters(zh[0][1..]).ToList());
            foreach (var f in family)
                foreach (var g in given)
                {
                    yield return $"{g} {f}";
                    yield return $"{f} {g}";
                }
        }
    }
}
