using KGraph.Extraction.Text;
using KGraph.Model;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// All entity mentions of a sentence: gazetteer matches, then pattern names (dotted names,
/// organisation suffixes, Latin names), then jieba's tags; where candidates overlap, the higher
/// priority wins, then the longer.
/// </summary>
internal sealed class EntityRecognizer
{
    private readonly Gazetteer _gazetteer;
    private readonly ChineseNameRecognizer _chinese;
    private readonly LatinNameRecognizer _latin;
    private readonly KnownOrganizations _knownOrganizations;
    private readonly TeamAndCompanyCues _cues;
    private readonly PersonNameFilter _personFilter;
    private readonly OrganizationSpans _organizationSpans;
    private readonly InstitutionNames _institutions;
    private readonly BylinePersons _bylines;
    private readonly TransliteratedPersons _transliterated;
    private readonly bool _hmm;
    private readonly HashSet<char> _plainCharacters;

    public EntityRecognizer(IReadOnlyList<Entity> knownEntities, RecognitionLexicon lexicon, NameCueLexicon names, IScriptFolder folder, bool hmm)
    {
        _knownOrganizations = new KnownOrganizations(names);
        _cues = new TeamAndCompanyCues(names, _knownOrganizations);
        _institutions = new InstitutionNames(names);
        _bylines = new BylinePersons(names, lexicon);
        _transliterated = new TransliteratedPersons(names, lexicon);
        _personFilter = new PersonNameFilter(names, lexicon);
        _organizationSpans = new OrganizationSpans(names, lexicon);
        _gazetteer = new Gazetteer(knownEntities, lexicon.Places.Select(p => (p, EntityTypes.Place)), folder);
        _chinese = new ChineseNameRecognizer(lexicon);
        _latin = new LatinNameRecognizer(lexicon);
        _hmm = hmm;
        // Function words never make a name: a run of single characters made only of them skips jieba's HMM.
        _plainCharacters = [.. lexicon.GivenNameStopCharsZh.SelectMany(w => w), .. lexicon.NameFollowersZh.SelectMany(w => w)];
        JiebaTagger.Instance.AddWords(knownEntities.SelectMany(e => e.AllNames().Select(n => (folder.Fold(n), JiebaTag(e.Type)))));
    }

    public List<MentionCandidate> Recognize(string folded, string original, Sentence sentence)
    {
        var candidates = new List<MentionCandidate>();
        candidates.AddRange(_gazetteer.Find(folded, original, sentence.Start, sentence.End));
        var zh = sentence.Lang == "zh";
        candidates.AddRange(_latin.Find(folded, sentence.Start, sentence.End, zh));
        if (!zh) return Select(candidates);
        var tokens = JiebaTagger.Instance.Tag(folded.Substring(sentence.Start, sentence.Length), sentence.Start, _hmm, _plainCharacters);
        // Known organisations and cue-found teams come before jieba's guesses: on a tie in priority and length they win.
        var known = _knownOrganizations.Find(folded, sentence.Start, sentence.End, tokens).ToList();
        var patterns = known.Concat(_cues.Find(folded, sentence.Start, sentence.End, tokens)).Concat(_bylines.Find(folded, sentence.Start, sentence.End))
            .Concat(_transliterated.Find(folded, tokens))
            .Concat(_chinese.Find(folded, tokens)).Concat(_institutions.Find(folded, tokens));
        candidates.AddRange(_organizationSpans.Prune([.. patterns], known).Select(c => c with { Name = original[c.Start..c.End] }));
        var chosen = _organizationSpans.Extend(original, _cues.Retype(folded, Select(candidates)), tokens);
        return _personFilter.Apply(folded, sentence.Start, sentence.End, chosen);
    }

    private static List<MentionCandidate> Select(List<MentionCandidate> candidates)
    {
        var chosen = new List<MentionCandidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Priority).ThenByDescending(c => c.Length).ThenBy(c => c.Start))
            if (!chosen.Exists(c => c.Overlaps(candidate))) chosen.Add(candidate);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static string JiebaTag(string type) => type switch
    {
        EntityTypes.Person => "nr",
        EntityTypes.Organization => "nt",
        EntityTypes.Place => "ns",
        _ => "nz",
    };
}
