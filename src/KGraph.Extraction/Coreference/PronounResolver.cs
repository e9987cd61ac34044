using KGraph.Extraction.Recognition;
using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Coreference;

/// <summary>
/// Resolves pronouns and short references to the entities named before them: 他/she → the last
/// person, 他们 → the people of this or the previous sentence, 该公司/the company → the last
/// organisation, 其 → the nearest entity named before it. Reading whole articles (<paramref name="articleFocus"/>),
/// 该公司/the company/its is the organisation in focus (<see cref="Focus"/>), and he/she/他/她 skips people
/// the article has shown to be of the other sex (his wife, her father, Mrs., 先生), and in English continues the first
/// person named in the last sentence that named people.
/// </summary>
internal sealed class PronounResolver
{
    private const int LookBackSentences = 3;

    /// <summary>How far back pronouns already resolved to a person are read for the person's sex.</summary>
    private const int SexLookBackSentences = 30;
    private readonly (string Word, Func<Context, IReadOnlyList<LocalEntity>> Resolve)[] _chinese;
    private readonly (string Word, Func<Context, IReadOnlyList<LocalEntity>> Resolve)[] _english;
    private readonly string[] _chineseExclusions;
    private readonly HashSet<string> _describingWords;
    private readonly IReadOnlyList<string> _modifierFollowers;
    private readonly bool _articleFocus;

    public PronounResolver(PronounLexicon chinese, PronounLexicon english, IReadOnlyList<string> modifierFollowers, bool articleFocus)
    {
        _modifierFollowers = modifierFollowers;
        _articleFocus = articleFocus;
        _chinese = Build(chinese);
        _english = Build(english);
        _chineseExclusions = [.. chinese.NotPronouns];
        _describingWords = new HashSet<string>(english.DescribedBy, StringComparer.Ordinal);
    }

    private sealed record Context(string Text, OrderedNames Names, int Position, int SentenceIndex, IReadOnlyList<Sentence> Sentences,
        IReadOnlyList<string> ModifierFollowers, IReadOnlyList<EntityReference> Earlier, string Word);

    /// <summary>
    /// Pronoun references of <paramref name="sentence"/>; <paramref name="names"/> are all name references of the document,
    /// <paramref name="earlier"/> the pronoun references of the sentences before, in order.
    /// </summary>
    public IEnumerable<EntityReference> Resolve(string text, IReadOnlyList<Sentence> sentences, int sentenceIndex, OrderedNames names,
        IReadOnlyList<EntityReference> earlier)
    {
        var sentence = sentences[sentenceIndex];
        var zh = sentence.Lang == "zh";
        var pronouns = zh ? _chinese : _english;
        var taken = new List<(int Start, int End)>();
        foreach (var (word, resolve) in pronouns)
        {
            var at = sentence.Start;
            while ((at = text.IndexOf(word, at, sentence.End - at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + word.Length;
                var candidate = (at, end);
                at = end;
                if (taken.Exists(t => t.Start < end && candidate.at < t.End) || names.Overlap(candidate.at, end)) continue;
                if (zh ? IsPartOfLongerWord(text, candidate.at, end) : !IsWholeWord(text, candidate.at, end)
                    || (word.Contains(' ') && IsDescribedAfter(text, end))) continue;
                taken.Add(candidate);
                var entities = resolve(new Context(text, names, candidate.at, sentenceIndex, sentences, _modifierFollowers, earlier, word));
                if (entities.Count > 0) yield return new EntityReference(candidate.at, end, entities, IsPronoun: true);
            }
        }
    }

    private (string, Func<Context, IReadOnlyList<LocalEntity>>)[] Build(PronounLexicon lexicon) =>
        [
            .. lexicon.Persons.Select(w => (w, (Func<Context, IReadOnlyList<LocalEntity>>)People)),
            .. lexicon.Organization.Select(w => (w, _articleFocus
                ? (Func<Context, IReadOnlyList<LocalEntity>>)OrganizationInFocus
                : c => Last(c, EntityTypes.Organization))),
            .. lexicon.Person.Select(w => (w, _articleFocus ? (Func<Context, IReadOnlyList<LocalEntity>>)PersonInFocus : LastSubject)),
            .. (_articleFocus ? lexicon.ArticleOrganization : []).Select(w => (w, (Func<Context, IReadOnlyList<LocalEntity>>)OrganizationAcrossSentences)),
            .. lexicon.Nearest.Select(w => (w, (Func<Context, IReadOnlyList<LocalEntity>>)Nearest)),
        ];

    /// <summary>
    /// 该公司, the company, its: in a sentence that names an organisation before it, the one named last (as the models were
    /// trained to read a sentence); with none named there, the organisation in focus across the sentences before. 这家公司
    /// ("this company") points at the one named last wherever it stands.
    /// </summary>
    private static IReadOnlyList<LocalEntity> OrganizationInFocus(Context c) =>
        c.Word.StartsWith('这') || NamesOrganizationBefore(c) ? Last(c, EntityTypes.Organization) : InFocus(c);

    /// <summary>"the chain", "the venture": the organisation in focus, only where the sentence names none before them.</summary>
    private static IReadOnlyList<LocalEntity> OrganizationAcrossSentences(Context c) => NamesOrganizationBefore(c) ? [] : InFocus(c);

    /// <summary>Whether the reference's own sentence names an organisation before it.</summary>
    private static bool NamesOrganizationBefore(Context c) =>
        Before(c, 0).Any(n => n.Entities[0] is { FinalType: EntityTypes.Organization, Weak: false });

    private static IReadOnlyList<LocalEntity> InFocus(Context c)
    {
        // "the group" reads as a group the article described; "its", "It" and 该公司 carry no such noun.
        var space = c.Word.LastIndexOf(' ');
        var noun = space < 0 ? null : c.Word[(space + 1)..];
        return Focus.Organization(c.Text, c.Sentences, c.SentenceIndex, c.Position, c.Names, c.Earlier, noun) is { } entity ? [entity] : [];
    }

    /// <summary>
    /// he / she / 他 / 她: a person named earlier in the same sentence (the nearest that is not a modifier), else in English the
    /// first person named in the last sentence that named people and not after a preposition; never one the article has
    /// shown to be of the other sex.
    /// </summary>
    private static IReadOnlyList<LocalEntity> PersonInFocus(Context c)
    {
        var sex = Sexes.OfPronoun(c.Word);
        var from = c.Sentences[Math.Max(0, c.SentenceIndex - SexLookBackSentences)].Start;
        // Each person's sex is worked out once, however often the window names them.
        var known = new Dictionary<LocalEntity, string?>();
        bool Fits(EntityReference n)
        {
            var person = n.Entities[0];
            if (!MayBePerson(person) || sex is null) return MayBePerson(person);
            if (!known.TryGetValue(person, out var shown)) known[person] = shown = Sexes.Of(c.Text, person, c.Earlier, from, c.Position);
            return shown != Sexes.Other(sex);
        }
        var sentenceStart = c.Sentences[c.SentenceIndex].Start;
        var people = Before(c, LookBackSentences).Where(Fits).ToList();
        if (people.Count == 0) return [];
        if (people[0].Start >= sentenceStart || c.Sentences[c.SentenceIndex].Lang != "en") return [Subject(c, people)!.Entities[0]];
        if (SentenceHolding(c.Sentences, people[0].Start) is not { } sentence) return [people[0].Entities[0]];
        // The first person of that sentence who is not an object ("founded by Ian Harrow, whose daughter Fiona…. She" is Fiona).
        var there = people.Where(n => n.Start >= sentence.Start).Reverse().ToList();
        return [(there.FirstOrDefault(n => !Focus.AfterPreposition(c.Text, sentence.Start, n.Start)) ?? there[0]).Entities[0]];
    }

    private bool IsPartOfLongerWord(string text, int start, int end) =>
        _chineseExclusions.Any(word =>
        {
            for (var offset = Math.Max(0, end - word.Length); offset <= start && offset + word.Length <= text.Length; offset++)
                if (string.CompareOrdinal(text, offset, word, 0, word.Length) == 0 && offset + word.Length >= end) return true;
            return false;
        });

    private static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetter(text[start - 1])) && (end >= text.Length || !char.IsLetter(text[end]));

    /// <summary>
    /// "a rival of the company founded by Musk", "the firm that makes…": a description that names its own
    /// organisation by what follows it refers back to none.
    /// </summary>
    private bool IsDescribedAfter(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ') return false;
        var next = end + 1;
        var wordEnd = next;
        while (wordEnd < text.Length && (char.IsAsciiLetterLower(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return _describingWords.Contains(text[next..wordEnd]);
    }

    private static IEnumerable<EntityReference> Before(Context c, int sentences)
    {
        var from = c.Sentences[Math.Max(0, c.SentenceIndex - sentences)].Start;
        for (var i = c.Names.FirstStartingAtOrAfter(c.Position) - 1; i >= 0 && c.Names[i].Start >= from; i--)
            yield return c.Names[i];
    }

    private static IReadOnlyList<LocalEntity> Last(Context c, string type) =>
        Before(c, LookBackSentences).Select(n => n.Entities[0]).FirstOrDefault(e => e.Type == type && !e.Weak) is { } entity ? [entity] : [];

    /// <summary>The last person named who is not a modifier (马斯克的…, 马斯克旗下…): 他 usually refers to a subject.</summary>
    private static IReadOnlyList<LocalEntity> LastSubject(Context c)
    {
        var people = Before(c, LookBackSentences).Where(n => MayBePerson(n.Entities[0])).ToList();
        if (c.Sentences[c.SentenceIndex].Lang == "en" && SubjectOfEarlierSentence(c, people) is { } opener) return [opener];
        return Subject(c, people) is { } subject ? [subject.Entities[0]] : [];
    }

    /// <summary>The nearest of <paramref name="people"/> (nearest first) who is not a modifier (马斯克的…, 马斯克旗下…), else the nearest.</summary>
    private static EntityReference? Subject(Context c, List<EntityReference> people) =>
        people.FirstOrDefault(n => !c.ModifierFollowers.Any(word => string.CompareOrdinal(c.Text, n.End, word, 0, word.Length) == 0))
            ?? people.FirstOrDefault();

    /// <summary>
    /// "Musk co-founded OpenAI with Altman. Later he invested…": when no person is named earlier in the
    /// pronoun's own sentence, "he" continues the person who opened the last sentence naming people.
    /// </summary>
    private static LocalEntity? SubjectOfEarlierSentence(Context c, List<EntityReference> people)
    {
        var sentenceStart = c.Sentences[c.SentenceIndex].Start;
        if (people.Count == 0 || people[0].Start >= sentenceStart) return null;
        if (SentenceHolding(c.Sentences, people[0].Start) is not { } sentence) return null;
        var firstIndex = c.Names.FirstStartingAtOrAfter(sentence.Start);
        if (firstIndex == c.Names.Count || c.Names[firstIndex].Start >= sentence.End) return null;
        var first = c.Names[firstIndex];
        if (!MayBePerson(first.Entities[0])) return null;
        var opening = sentence.Start;
        while (opening < first.Start && !char.IsLetterOrDigit(c.Text[opening])) opening++;
        return opening == first.Start ? first.Entities[0] : null;
    }

    private static Sentence? SentenceHolding(IReadOnlyList<Sentence> sentences, int position)
    {
        int low = 0, high = sentences.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sentences[middle].Start <= position) low = middle + 1;
            else high = middle;
        }
        return low > 0 && position < sentences[low - 1].End ? sentences[low - 1] : null;
    }

    /// <summary>A person, or an English name no cue has typed yet that would be written out as one (Hana Ruiz).</summary>
    private static bool MayBePerson(LocalEntity entity) => entity.FinalType == EntityTypes.Person;

    private static IReadOnlyList<LocalEntity> Nearest(Context c) =>
        Before(c, 1).FirstOrDefault() is { } name ? name.Entities : [];

    private static List<LocalEntity> People(Context c)
    {
        var sentenceStart = c.Sentences[c.SentenceIndex].Start;
        var here = Before(c, 0).Where(n => n.Start >= sentenceStart).Select(n => n.Entities[0]).Where(MayBePerson).Distinct().ToList();
        if (here.Count >= 2) return Reverse(here);
        var before = Before(c, 1).Where(n => n.Start < sentenceStart).Select(n => n.Entities[0]).Where(MayBePerson).Distinct().ToList();
        return before.Count >= 2 ? Reverse(before) : [];
    }

    private static List<LocalEntity> Reverse(List<LocalEntity> entities)
    {
        entities.Reverse();
        return entities;
    }
}
