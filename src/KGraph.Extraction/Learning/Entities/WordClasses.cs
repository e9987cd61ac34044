using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Learning.Entities;

/// <summary>
/// What the lexicons know about a word, as bits a model can use as features: an organisation suffix,
/// a place, a title, a speech verb, a given name… The lists are the recognition data files
/// (Rules/lexicon.yaml, Rules/names.yaml), so a word added there reaches the models on the next training.
/// </summary>
internal sealed class WordClasses
{
    [Flags]
    public enum Class
    {
        None = 0,
        OrgSuffix = 1 << 0,
        Place = 1 << 1,
        Title = 1 << 2,
        SpeechVerb = 1 << 3,
        PersonCueBefore = 1 << 4,
        OrgCue = 1 << 5,
        ProductCue = 1 << 6,
        Honorific = 1 << 7,
        OrgEnding = 1 << 8,
        PlaceEnding = 1 << 9,
        FoundingVerb = 1 << 10,
        Surname = 1 << 11,
        GivenName = 1 << 12,
        Stopword = 1 << 13,
        Demonym = 1 << 14,
        LegalForm = 1 << 15,
        OrgOfHead = 1 << 16,
        Pronoun = 1 << 17,
    }

    private readonly Dictionary<string, Class> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Class>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Per character: the longest listed word it starts (0: none), its class as a one-character word, and whether it
    // is a transliteration character. The entity labeler asks these for every character it reads.
    private readonly byte[] _longestFrom = new byte[char.MaxValue + 1];
    private readonly Class[] _single = new Class[char.MaxValue + 1];
    private readonly bool[] _transliteration = new bool[char.MaxValue + 1];

    public WordClasses(RecognitionLexicon lexicon, NameCueLexicon names)
    {
        Add(Class.OrgSuffix, lexicon.OrgSuffixesZh, lexicon.OrgSuffixesEn, names.CompanySuffixesZh, names.InstitutionSuffixesZh);
        Add(Class.Place, lexicon.Places, names.PlaceWordsZh);
        Add(Class.Title, lexicon.PersonTitleCuesZh, lexicon.OrgRoleCuesZh, lexicon.PersonTitlesEn, names.PersonTitlesZh);
        Add(Class.SpeechVerb, names.PersonCuesAfter);
        Add(Class.PersonCueBefore, names.PersonCuesBefore);
        Add(Class.OrgCue, lexicon.OrgCuesZh, names.CompanyCuesAfter, names.CompanyCuesBefore);
        Add(Class.ProductCue, lexicon.ProductCuesZh);
        Add(Class.Honorific, lexicon.HonorificsZh, names.AddressFormsZh);
        Add(Class.OrgEnding, lexicon.NtEndings);
        Add(Class.PlaceEnding, lexicon.NsEndings, names.PlaceEndingsZh);
        Add(Class.FoundingVerb, lexicon.FoundingVerbsZh, lexicon.OrgFoundingCuesZh);
        Add(Class.Surname, lexicon.CommonSurnames);
        Add(Class.GivenName, lexicon.GivenNamesEn);
        Add(Class.Stopword, lexicon.LatinStopwords, lexicon.OrgNameStopwordsZh, lexicon.PersonStopwordsZh);
        Add(Class.Demonym, lexicon.LatinDemonyms);
        Add(Class.LegalForm, lexicon.OrgLegalFormsZh, lexicon.OrgStrongSuffixesZh);
        Add(Class.OrgOfHead, lexicon.OrgOfHeadsEn);
        Add(Class.Pronoun, lexicon.PronounsZh.Person, lexicon.PronounsZh.Persons, lexicon.PronounsZh.Organization, lexicon.PronounsEn.Person,
            lexicon.PronounsEn.Persons, lexicon.PronounsEn.Organization);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (word, c) in _classes)
        {
            _longestFrom[word[0]] = (byte)Math.Min(byte.MaxValue, Math.Max(_longestFrom[word[0]], word.Length));
            if (word.Length == 1) _single[word[0]] = c;
        }
        foreach (var c in lexicon.TransliterationCharsZh.SelectMany(w => w)) _transliteration[c] = true;
    }

    public Class Of(ReadOnlySpan<char> word) =>
        word.Length == 1 ? _single[word[0]]
        : word.Length == 0 || word.Length > _longestFrom[word[0]] ? Class.None
        : _lookup.TryGetValue(word, out var c) ? c : Class.None;

    /// <summary>The longest listed word starting with this character (0 when none does).</summary>
    public int LongestFrom(char c) => _longestFrom[c];

    public bool IsTransliteration(char c) => _transliteration[c];

    private void Add(Class c, params IEnumerable<string>[] lists)
    {
        foreach (var list in lists)
            foreach (var word in list)
                if (word.Length > 0) _classes[word] = _classes.GetValueOrDefault(word) | c;
    }
}
