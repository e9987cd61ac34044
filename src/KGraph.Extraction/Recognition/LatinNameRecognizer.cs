using System.Text.RegularExpressions;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// Names written in Latin letters, in English text and inside Chinese text: runs of
/// capitalised words (Valor Equity Partners), internal capitals (OpenAI, xAI), versions
/// (Grok-1, GPT-3.5). Typed by cue words; without a cue an English name stays
/// <see cref="EntityTypes.Name"/> for the relation rules to type.
/// </summary>
internal sealed partial class LatinNameRecognizer(RecognitionLexicon lexicon) : IMentionRecognizer
{
    private readonly HashSet<string> _stopwords = new(lexicon.LatinStopwords, StringComparer.Ordinal);
    private readonly HashSet<string> _openers = new(lexicon.LatinNameOpeners, StringComparer.Ordinal);
    private readonly HashSet<string> _demonyms = new(lexicon.LatinDemonyms, StringComparer.Ordinal);
    private readonly HashSet<string> _orgSuffixes = new(lexicon.OrgSuffixesEn, StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(lexicon.PersonTitlesEn, StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames = new(lexicon.GivenNamesEn, StringComparer.Ordinal);
    private readonly HashSet<string> _ofHeads = new(lexicon.OrgOfHeadsEn, StringComparer.Ordinal);
    private readonly HashSet<string> _legalForms = new(lexicon.OrgLegalFormsEn, StringComparer.Ordinal);
    private readonly HashSet<string> _latinPlaces = new(lexicon.Places.Where(p => p.Length > 0 && char.IsAsciiLetterUpper(p[0])), StringComparer.Ordinal);
    private readonly string[] _orgCuesZh = [.. lexicon.OrgCuesZh.OrderByDescending(c => c.Length)];
    private readonly string[] _productCuesZh = [.. lexicon.ProductCuesZh.OrderByDescending(c => c.Length)];

    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates) =>
        candidates.AddRange(Find(sentence.Folded, sentence.Sentence.Start, sentence.Sentence.End, sentence.Sentence.Lang == "zh"));

    public IEnumerable<MentionCandidate> Find(string text, int start, int end, bool inChinese)
    {
        var words = new List<Match>();
        for (var match = WordPattern().Match(text, start, end - start); match.Success; match = match.NextMatch()) words.Add(match);
        var run = new List<Match>();
        for (var i = 0; i <= words.Count; i++)
        {
            var word = i < words.Count ? words[i] : null;
            if (word is not null && run.Count > 0 && Continues(text, run, word, inChinese))
            {
                run.Add(word);
                continue;
            }
            foreach (var candidate in FromRun(text, run, inChinese)) yield return candidate;
            run.Clear();
            if (word is not null && StartsName(word.Value)) run.Add(word);
        }
    }

    private bool Continues(string text, List<Match> run, Match word, bool inChinese)
    {
        var last = run[^1];
        var gap = text.AsSpan(last.Index + last.Length, word.Index - last.Index - last.Length);
        if (gap is not " ") return false;
        if (last.Value.EndsWith('.') && !_titles.Contains(last.Value) && !_orgSuffixes.Contains(last.Value) && last.Length > 2) return false;
        // A product with a version starts a new name: "OpenAI GPT-3.5" is two names.
        if (inChinese && HasVersion(word.Value)) return false;
        // Datelines (Sofia BTA, Oslo NORDPOSTEN): an all-capital word after a mixed-case one starts a new name, unless it is a legal form (Acme AG).
        if (!inChinese && IsAllCapitals(word.Value) && last.Value.Any(char.IsLower) && !_orgSuffixes.Contains(word.Value)
            && !IsInitial(word.Value)) return false;
        if (word.Value is "of" or "&" or "de" or "and")
        {
            // Ministry of Trade and Industry, Department of Health and Human Services: "and" joins only inside an "of" name;
            // after the head word itself (Harvard University and Bernard Smith) it joins two names.
            var joins = word.Value switch
            {
                "&" => true,
                // Bank of America and Merrill Lynch: a place completes the "of" name.
                "and" => !_ofHeads.Contains(last.Value) && !_latinPlaces.Contains(last.Value) && run.Exists(w => w.Value == "of")
                    && !StartsOwnName(text, word.Index + word.Length + 1),
                _ => _ofHeads.Contains(last.Value),
            };
            return joins && word.Index + word.Length + 1 < text.Length && char.IsUpper(text[word.Index + word.Length + 1]);
        }
        return StartsName(word.Value) && (!_stopwords.Contains(word.Value) || _openers.Contains(word.Value));
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="at"/> on make a name of their own, which "and" does not join
    /// to an "of" name: a person opening with a given name (Bank of England and Tom Reed), or an organisation with
    /// its own head word or legal form (University of Chicago and Harvard Law School, … and Acme Corp.).
    /// </summary>
    private bool StartsOwnName(string text, int at)
    {
        var first = true;
        while (at < text.Length && char.IsUpper(text[at]))
        {
            var end = at;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.')) end++;
            var next = text[at..end].TrimEnd('.');
            // A given name with a surname after it (and Tom Reed), not one alone (College of William and Mary).
            var surname = end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
            if ((first && surname && _givenNames.Contains(next)) || _ofHeads.Contains(next) || _legalForms.Contains(next)) return true;
            first = false;
            if (end >= text.Length || text[end] != ' ') break;
            at = end + 1;
        }
        return false;
    }


    // Document codes (AU1502173794) are no names: a word with four or more digits never starts or continues one.
    private bool StartsName(string word) =>
        !CompoundAdjective().IsMatch(word) && word.Count(char.IsDigit) < 4 && (char.IsUpper(word[0]) || (word.Length > 1 && word.Skip(1).Any(char.IsUpper)))
            && word is not ("of" or "&" or "de" or "and");

    private IEnumerable<MentionCandidate> FromRun(string text, List<Match> run, bool inChinese)
    {
        // "The Morning Courier", "Russian Foreign Ministry": no person's name opens with an article or a nationality.
        var articled = run.Count > 1 && (run[0].Value == "The" || _demonyms.Contains(run[0].Value));
        while (run.Count > 0 && (_stopwords.Contains(run[0].Value) || run[0].Value is "of" or "&" or "de" or "and") && !OpensName(text, run)) run.RemoveAt(0);
        var titled = false;
        while (run.Count > 0 && _titles.Contains(run[0].Value))
        {
            run.RemoveAt(0);
            titled = true;
        }
        while (run.Count > 0 && run[^1].Value is "of" or "&" or "de" or "and") run.RemoveAt(run.Count - 1);
        if (run.Count == 0) yield break;
        // "HHS Secretary Louis Sullivan": a title inside a run ends one name and starts a person's.
        var title = run.FindIndex(1, w => _titles.Contains(w.Value));
        if (title > 0 && title < run.Count - 1)
        {
            foreach (var before in FromRun(text, run.GetRange(0, title), inChinese)) yield return before;
            foreach (var person in FromRun(text, run.GetRange(title, run.Count - title), inChinese)) yield return person;
            yield break;
        }
        if (run.Count == 1 && (_stopwords.Contains(run[0].Value) || run[0].Value.Length < 2)) yield break;
        // "an Austrian mathematician", "North Korean President Kim": a run ending in a nationality is an adjective.
        if (_demonyms.Contains(run[^1].Value)) yield break;

        var start = run[0].Index;
        var end = run[^1].Index + run[^1].Length;
        // A sentence's final full stop is not part of the name, unless the name ends in an abbreviation like Inc.
        if (text[end - 1] == '.' && !_orgSuffixes.Contains(run[^1].Value) && !_titles.Contains(run[^1].Value)) end--;
        var name = text[start..end];
        var lastWord = run[^1].Value;
        string type;
        var weak = false;
        if (titled) type = EntityTypes.Person;
        else if (_orgSuffixes.Contains(lastWord) || _orgSuffixes.Contains(lastWord.TrimEnd('.'))
            || (run.Count > 2 && run.Exists(w => _ofHeads.Contains(w.Value)) && run.Exists(w => w.Value == "of"))) type = EntityTypes.Organization;
        else if (HasVersion(name)) type = EntityTypes.Product;
        else if (inChinese) (type, weak) = TypeInChinese(text, start, run.Count, name);
        else if (!articled && run.Count >= 2 && _givenNames.Contains(run[0].Value)) type = EntityTypes.Person;
        else type = articled ? EntityTypes.Organization : EntityTypes.Name;
        yield return new MentionCandidate(start, end, type, name, null, Priority: 2, weak);
    }

    private (string Type, bool Weak) TypeInChinese(string text, int start, int words, string name)
    {
        var before = text.AsSpan(Math.Max(0, start - 6), Math.Min(6, start));
        foreach (var cue in _productCuesZh)
            if (before.EndsWith(cue)) return (EntityTypes.Product, false);
        foreach (var cue in _orgCuesZh)
            if (before.EndsWith(cue)) return (EntityTypes.Organization, false);
        if (words >= 2) return (EntityTypes.Person, false);
        // One Latin word in Chinese text: a brand-like spelling with inner capitals (OpenAI, SpaceX) is an organisation;
        // a plain capitalised word is only kept if a relationship uses it.
        // All-capital words in Chinese text are as often games, leagues or tech terms (DOTA, FIFA, CS) as companies.
        var brandLike = name.Skip(1).Any(char.IsUpper) && name.Any(char.IsLower);
        return (EntityTypes.Organization, !brandLike);
    }

    /// <summary>
    /// Federal Administrative Court, Payette National Forest: a word that is no name alone may open a longer one.
    /// "The" opens one only inside a sentence (correspondent for The Associated Press), never at its start.
    /// </summary>
    private bool OpensName(string text, List<Match> run)
    {
        if (run.Count < 2 || !_openers.Contains(run[0].Value) || _stopwords.Contains(run[1].Value)) return false;
        if (run[0].Value != "The") return true;
        var before = run[0].Index - 1;
        while (before >= 0 && text[before] == ' ') before--;
        return before >= 0 && char.IsLower(text[before]);
    }

    /// <summary>A middle initial (Joseph R. Biden) continues a person's name.</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool IsAllCapitals(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool HasVersion(string word) => VersionPattern().IsMatch(word);

    [GeneratedRegex(@"[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:['’][A-Z][A-Za-z]+)?(?:[-.][A-Za-z0-9]+)*\.?|&")]
    private static partial Regex WordPattern();

    /// <summary>Boston-based, Moscow-led: a place or name inside an adjective, not a name itself.</summary>
    [GeneratedRegex(@"^[A-Z][a-z]+-[a-z]")]
    private static partial Regex CompoundAdjective();

    [GeneratedRegex(@"[A-Za-z][-]?\d|\d[-.]\d|-\d")]
    private static partial Regex VersionPattern();
}
