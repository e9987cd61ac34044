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
    private readonly HashSet<char> _transliteration;

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
        Add(Class.Pronoun, lexicon.PronounsZh.Person, lexicon.PronounsZh.Persons, lexicon.PronounsZh.Organization, lexicon.PronounsEn.Person, lexicon.PronounsEn.Persons, lexicon.PronounsEn.Organization);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _transliteration = [.. lexicon.TransliterationCharsZh.SelectMany(w => w)];
    }

    public Class Of(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var c) ? c : Class.None;

    public bool IsTransliteration(char c) => _transliteration.Contains(c);

    /// <summary>The longest listed word of class <paramref name="wanted"/> ending just before <paramref name="end"/> (0 when none), up to 6 characters.</summary>
    public int LongestEndingAt(string text, int from, int end, Class wanted)
    {
        for (var length = Math.Min(6, end - from); length >= 1; length--)
            if ((Of(text.AsSpan(end - length, length)) & wanted) != 0) return length;
        return 0;
    }

    /// <summary>The longest listed word of class <paramref name="wanted"/> starting at <paramref name="start"/> (0 when none), up to 6 characters.</summary>
    public int LongestStartingAt(string text, int start, int to, Class wanted)
    {
        for (var length = Math.Min(6, to - start); length >= 1; length--)
            if ((Of(text.AsSpan(start, length)) & wanted) != 0) return length;
        return 0;
    }

    private void Add(Class c, params IEnumerable<string>[] lists)
    {
        foreach (var list in lists)
            foreach (var word in list)
                if (word.Length > 0) _classes[word] = _classes.GetValueOrDefault(word) | c;
    }
}
