using System.Buffers;
using KGraph.Extraction.Scripts;
using KGraph.Model;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// All entity mentions of a sentence: gazetteer matches, then pattern names (dotted names,
/// organisation suffixes, Latin names), names by knowledge and cue (<see cref="ChineseNameCues"/>), then
/// jieba's tags; where candidates overlap, the higher priority wins, then the longer.
/// </summary>
internal sealed class EntityRecognizer
{
    private readonly Gazetteer _gazetteer;
    private readonly LatinNameRecognizer _latin;
    private readonly ChineseNameCues _cues;
    /// <summary>The stages that read jieba's words, in order: names by cue and tag, then corrections of their extents.</summary>
    private readonly IMentionRecognizer[] _chineseStages;
    private readonly bool _hmm;
    private readonly HashSet<char> _plainCharacters;
    /// <summary>
    /// jieba with this extractor's curated names as words (its own copy: other extractors do not see them). Made at the
    /// first Chinese sentence: reading jieba's dictionary is most of start-up, and English text never needs it.
    /// </summary>
    private readonly Lazy<JiebaTagger> _tagger;

    public EntityRecognizer(IReadOnlyList<Entity> knownEntities, RecognitionLexicon lexicon, NameCueLexicon names, IScriptFolder folder, bool hmm)
    {
        _cues = new ChineseNameCues(names, lexicon);
        _gazetteer = new Gazetteer(knownEntities, lexicon.Places.Select(p => (p, EntityTypes.Place)), folder);
        _latin = new LatinNameRecognizer(lexicon);
        _chineseStages = [_cues, new CompanyHeadings(), new LegalNameRecognizer(lexicon), new PersonNameCompletion(lexicon),
            new FoundedObjectRecognizer(lexicon)];
        _hmm = hmm;
        // Function words never make a name: a run of single characters made only of them skips jieba's HMM.
        _plainCharacters = [.. lexicon.GivenNameStopCharsZh.SelectMany(w => w), .. lexicon.NameFollowersZh.SelectMany(w => w)];
        var words = knownEntities.SelectMany(e => e.AllNames().Select(n => (folder.Fold(n), JiebaTag(e.Type)))).ToList();
        _tagger = new Lazy<JiebaTagger>(() => JiebaTagger.Base.WithWords(words));
    }

    /// <param name="tokens">jieba's words of a Chinese sentence; null for English.</param>
    public List<MentionCandidate> Recognize(string folded, string original, Sentence sentence, out List<Token>? tokens, StageTimes? timings = null)
    {
        tokens = null;
        var clock = timings is null ? 0 : StageTimes.Start();
        var candidates = new List<MentionCandidate>();
        var text = new SentenceText(folded, original, sentence, null);
        _gazetteer.Recognize(text, candidates);
        timings?.Lap(Stage.Gazetteer, ref clock);
        var zh = sentence.Lang == "zh";
        _latin.Recognize(text, candidates);
        timings?.Lap(Stage.LatinNames, ref clock);
        if (zh)
        {
            tokens = _tagger.Value.Tag(folded.Substring(sentence.Start, sentence.Length), sentence.Start, _hmm, _plainCharacters);
            timings?.Lap(Stage.Tagger, ref clock);
            text = text with { Words = tokens };
            foreach (var stage in _chineseStages) stage.Recognize(text, candidates);
            timings?.Lap(Stage.ChineseNames, ref clock);
            var refined = _cues.Refine(folded, original, sentence, Select(candidates), tokens);
            timings?.Lap(Stage.Select, ref clock);
            return refined;
        }
        var selected = Select(candidates);
        timings?.Lap(Stage.Select, ref clock);
        return selected;
    }

    private static List<MentionCandidate> Select(List<MentionCandidate> candidates)
    {
        // Higher priority first, then longer, then earlier; on a full tie the earlier candidate in the list (a stable order).
        // Each candidate with its place in the list, so that the comparison captures nothing; the index makes
        // the order total, so any sort gives the same one. A pooled array: this runs for every sentence.
        var count = candidates.Count;
        var order = ArrayPool<(MentionCandidate Candidate, int Index)>.Shared.Rent(count);
        for (var i = 0; i < count; i++) order[i] = (candidates[i], i);
        Array.Sort(order, 0, count, ByPriorityLengthStart);
        var chosen = new List<MentionCandidate>();
        for (var i = 0; i < count; i++)
            if (!OverlapsAny(chosen, order[i].Candidate)) chosen.Add(order[i].Candidate);
        Array.Clear(order, 0, count);
        ArrayPool<(MentionCandidate, int)>.Shared.Return(order);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static readonly Comparer<(MentionCandidate Candidate, int Index)> ByPriorityLengthStart = Comparer<(MentionCandidate Candidate,
        int Index)>.Create(static (x, y) =>
    {
        var (a, b) = (x.Candidate, y.Candidate);
        var byPriority = b.Priority.CompareTo(a.Priority);
        if (byPriority != 0) return byPriority;
        var byLength = b.Length.CompareTo(a.Length);
        return byLength != 0 ? byLength : a.Start != b.Start ? a.Start.CompareTo(b.Start) : x.Index.CompareTo(y.Index);
    });

    private static bool OverlapsAny(List<MentionCandidate> chosen, MentionCandidate candidate)
    {
        foreach (var c in chosen)
            if (c.Overlaps(candidate)) return true;
        return false;
    }

    private static string JiebaTag(string type) => type switch
    {
        EntityTypes.Person => "nr",
        EntityTypes.Organization => "nt",
        EntityTypes.Place => "ns",
        _ => "nz",
    };
}
