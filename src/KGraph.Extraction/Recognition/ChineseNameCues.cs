using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// Everything Rules/names.yaml drives in Chinese sentences: candidates found by knowledge and by cue
/// (listed organisations, teams, institutions, bylines, foreign names after titles), the pruning of
/// candidates that glue words onto them, and the corrections made once candidates are chosen (retyping
/// by neighbours, branch and squad extents, person filters).
/// </summary>
internal sealed class ChineseNameCues : IMentionRecognizer
{
    private readonly KnownOrganizations _known;
    private readonly TeamAndCompanyCues _cues;
    private readonly InstitutionNames _institutions;
    private readonly BylinePersons _bylines;
    private readonly TransliteratedPersons _transliterated;
    private readonly OrganizationSpans _spans;
    private readonly PersonNameFilter _filter;

    private static readonly List<MentionCandidate> NoCandidates = [];
    private readonly ChineseNameRecognizer _chinese;

    /// <summary>Names by knowledge and cue, then by jieba's tags with surnames and endings, pruned, as the original text writes them.</summary>
    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates)
    {
        var tokens = (List<Token>)sentence.Words!;
        var found = Find(sentence.Folded, sentence.Sentence, tokens);
        _chinese.Find(sentence.Folded, tokens, found);
        // Names are found in the folded text and given as written; a copy only where folding changed them.
        foreach (var c in Prune(found))
            candidates.Add(sentence.Original.AsSpan(c.Start, c.Length).SequenceEqual(c.Name) ? c : c with { Name = sentence.Original[c.Start..c.End] });
    }

    public ChineseNameCues(NameCueLexicon names, RecognitionLexicon lexicon)
    {
        _chinese = new ChineseNameRecognizer(lexicon);
        _known = new KnownOrganizations(names);
        _cues = new TeamAndCompanyCues(names, _known, lexicon.VersusWords);
        _institutions = new InstitutionNames(names);
        _bylines = new BylinePersons(names, lexicon);
        _transliterated = new TransliteratedPersons(names, lexicon);
        _spans = new OrganizationSpans(names, lexicon);
        _filter = new PersonNameFilter(names, lexicon);
    }

    /// <summary>Candidates by knowledge and cue; they go before jieba's, so that on a tie in priority and length they win.</summary>
    public List<MentionCandidate> Find(string folded, Sentence sentence, List<Token> tokens)
    {
        var found = new List<MentionCandidate>();
        _known.Find(folded, sentence.Start, sentence.End, tokens, found);
        _cues.Find(folded, sentence.Start, sentence.End, tokens, found);
        _bylines.Find(folded, sentence.Start, sentence.End, found);
        _transliterated.Find(folded, tokens, found);
        _institutions.Find(folded, tokens, found);
        return found;
    }

    /// <summary>Drops candidates that glue a clause onto a listed organisation or join two teams across "vs".</summary>
    public List<MentionCandidate> Prune(List<MentionCandidate> candidates)
    {
        List<MentionCandidate>? known = null;
        foreach (var c in candidates)
            if (c.KnownId is null && c.Type == EntityTypes.Organization && _known.Contains(c.Name)) (known ??= []).Add(c);
        return _spans.Prune(candidates, known ?? NoCandidates);
    }

    /// <summary>Corrections to the chosen candidates: types by neighbours, extents, and persons that name no one.</summary>
    public List<MentionCandidate> Refine(string folded, string original, Sentence sentence, List<MentionCandidate> chosen, List<Token> tokens)
    {
        var extended = _spans.Extend(original, _cues.Retype(folded, chosen), tokens);
        return _filter.Apply(folded, sentence.Start, sentence.End, extended);
    }
}
