using KGraph.Extraction.Recognition;
using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Coreference;

/// <summary>
/// Resolves pronouns and short references to the entities named before them: 他/she → the last
/// person, 他们 → the people of this or the previous sentence, 该公司/the company → the organisation
/// in focus, 其 → the nearest entity named before it (the nearest organisation before a title: 其创始人),
/// 后者/前者 → the second or first of two entities just named. Each reference remembers where its
/// antecedent starts, so that a fact read through it can quote from there.
/// </summary>
internal sealed class PronounResolver
{
    private const int LookBackSentences = 3;
    private readonly (string Word, Func<Context, IReadOnlyList<EntityReference>> Resolve)[] _chinese;
    private readonly (string Word, Func<Context, IReadOnlyList<EntityReference>> Resolve)[] _english;
    private readonly string[] _chineseExclusions;
    private readonly HashSet<string> _describingWords;
    private readonly HashSet<string> _formerLatterFollowers;
    private readonly string[] _organizationTitles;
    private readonly IReadOnlyList<string> _modifierFollowers;
    private readonly string[] _roleDescriptions;
    private readonly string[] _zeroSubjectVerbs;
    private readonly string[] _zeroSubjectOpeners;

    /// <param name="organizationTitles">Titles an organisation holds (创始人, 董事长): 其 before one is an organisation.</param>
    public PronounResolver(PronounLexicon chinese, PronounLexicon english, IReadOnlyList<string> modifierFollowers, IReadOnlyList<string> organizationTitles)
    {
        _modifierFollowers = modifierFollowers;
        _organizationTitles = [.. organizationTitles.OrderByDescending(t => t.Length)];
        _chinese = Build(chinese);
        _english = Build(english);
        _chineseExclusions = [.. chinese.NotPronouns];
        _describingWords = new HashSet<string>(english.DescribedBy, StringComparer.Ordinal);
        _formerLatterFollowers = new HashSet<string>(english.FormerLatterFollowers, StringComparer.Ordinal);
        _roleDescriptions = [.. english.RoleDescriptions.OrderByDescending(r => r.Length)];
        _zeroSubjectVerbs = [.. chinese.ZeroSubjectVerbs.OrderByDescending(v => v.Length)];
        _zeroSubjectOpeners = [.. chinese.ZeroSubjectOpeners.OrderByDescending(v => v.Length)];
    }

    private sealed record Context(string Text, OrderedNames Names, int Position, int End, int SentenceIndex, IReadOnlyList<Sentence> Sentences);

    /// <summary>Pronoun references of <paramref name="sentence"/>; <paramref name="names"/> are all name references of the document.</summary>
    public IEnumerable<EntityReference> Resolve(string text, IReadOnlyList<Sentence> sentences, int sentenceIndex, OrderedNames names)
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
                var antecedents = resolve(new Context(text, names, candidate.at, end, sentenceIndex, sentences));
                if (antecedents.Count == 0) continue;
                var entities = antecedents.SelectMany(a => a.Entities).Distinct().ToList();
                yield return new EntityReference(candidate.at, end, entities, IsPronoun: true) { AntecedentStart = antecedents.Min(a => a.Start) };
            }
        }
        var extra = zh ? ZeroSubject(text, sentences, sentenceIndex, names) : RoleDescriptions(text, sentences, sentenceIndex, names, taken);
        foreach (var reference in extra) yield return reference;
    }

    private static EntityReference Refer(int start, int end, EntityReference antecedent) =>
        new(start, end, antecedent.Entities, IsPronoun: true) { AntecedentStart = antecedent.Start };

    /// <summary>
    /// "Ana Ruiz, the founder, said…", "the chief executive, Lee Park, …": "the" before a title in apposition to a person
    /// speaks for the organisation in focus. Followed by "of", "at" or anything but a comma, a stop or the person's name,
    /// the title is no apposition (the chief executive of Acme) and "the" refers to nothing.
    /// </summary>
    private List<EntityReference> RoleDescriptions(string text, IReadOnlyList<Sentence> sentences, int sentenceIndex, OrderedNames names,
        List<(int Start, int End)> taken)
    {
        var sentence = sentences[sentenceIndex];
        var found = new List<EntityReference>();
        foreach (var the in new[] { "the ", "The " })
            for (var at = text.IndexOf(the, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal); at >= 0;
                at = text.IndexOf(the, at + 1, sentence.End - at - 1, StringComparison.Ordinal))
            {
                if ((at > 0 && char.IsLetter(text[at - 1])) || taken.Exists(t => t.Start < at + 3 && at < t.End) || names.Overlap(at, at + 3)) continue;
                var role = _roleDescriptions.FirstOrDefault(r => string.CompareOrdinal(text, at + 4, r, 0, r.Length) == 0);
                if (role is null) continue;
                var roleEnd = at + 4 + role.Length;
                if (roleEnd < sentence.End && char.IsLetter(text[roleEnd])) continue;
                var personAfter = PersonAt(names, SkipComma(text, roleEnd, sentence.End));
                var closes = roleEnd >= sentence.End || text[roleEnd] is ',' or '.' or ';';
                var personBefore = at >= 2 && text[at - 2] == ',' && text[at - 1] == ' ' && PersonEndingAt(names, at - 2);
                if (!personAfter && !(personBefore && closes)) continue;
                var context = new Context(text, names, at, at + 3, sentenceIndex, sentences);
                if (Focus(context, IsOrganization) is [var antecedent]) found.Add(Refer(at, at + 3, antecedent));
            }
        return found;
    }

    private static int SkipComma(string text, int at, int end)
    {
        if (at < end && text[at] == ',') at++;
        if (at < end && text[at] == ' ') at++;
        return at;
    }

    private static bool PersonAt(OrderedNames names, int position)
    {
        var index = names.FirstStartingAtOrAfter(position);
        return index < names.Count && names[index].Start == position && MayBePerson(names[index].Entities[0]);
    }

    private static bool PersonEndingAt(OrderedNames names, int end)
    {
        var index = names.FirstStartingAtOrAfter(end) - 1;
        for (; index >= 0 && names[index].End >= end - 40; index--)
            if (names[index].End == end) return MayBePerson(names[index].Entities[0]);
        return false;
    }

    /// <summary>
    /// A Chinese sentence that opens, after a date or a time word, with a verb and no subject (蓝芯机器人有限公司成立于2019年。2021年，
    /// 任命李青为首席执行官。) continues the person or organisation that opened the sentence before (or the one before that, when it
    /// too had none): a reference of no width stands before the verb.
    /// </summary>
    private List<EntityReference> ZeroSubject(string text, IReadOnlyList<Sentence> sentences, int sentenceIndex, OrderedNames names)
    {
        if (sentenceIndex == 0 || OpeningVerb(text, sentences[sentenceIndex]) is not { } verb || names.Overlap(sentences[sentenceIndex].Start, verb + 1))
            return [];
        for (var back = sentenceIndex - 1; back >= 0 && back >= sentenceIndex - LookBackSentences; back--)
        {
            var sentence = sentences[back];
            if (sentence.Lang != "zh") return [];
            if (OpeningVerb(text, sentence) is not null) continue;
            var first = names.FirstStartingAtOrAfter(sentence.Start);
            if (first == names.Count || names[first].Start >= sentence.End || names[first].Entities.Count != 1) return [];
            var opener = names[first];
            var entity = opener.Entities[0];
            if (entity.Weak || entity.FinalType is not (EntityTypes.Person or EntityTypes.Organization)) return [];
            var start = sentence.Start;
            while (start < opener.Start && !char.IsLetterOrDigit(text[start])) start++;
            return start == opener.Start ? [Refer(verb, verb, opener)] : [];
        }
        return [];
    }

    /// <summary>Where a sentence's opening verb starts when it opens with one (after a date, a comma or a time word), else null.</summary>
    private int? OpeningVerb(string text, Sentence sentence)
    {
        var at = sentence.Start;
        while (true)
        {
            while (at < sentence.End && (char.IsWhiteSpace(text[at]) || text[at] is '，' or ','))
                at++;
            var date = at;
            while (date < sentence.End && (char.IsDigit(text[date]) || text[date] is '年' or '月' or '日' or '初' or '底' or '末')) date++;
            if (date > at && text[date - 1] is '年' or '月' or '日' or '初' or '底' or '末')
            {
                at = date;
                continue;
            }
            var opener = _zeroSubjectOpeners.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);
            if (opener is null) break;
            at += opener.Length;
        }
        return _zeroSubjectVerbs.Any(v => string.CompareOrdinal(text, at, v, 0, v.Length) == 0) ? at : null;
    }

    private (string, Func<Context, IReadOnlyList<EntityReference>>)[] Build(PronounLexicon lexicon) =>
        [
            .. lexicon.Persons.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)People)),
            .. lexicon.Organization.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)(c => Focus(c, IsOrganization)))),
            .. lexicon.Person.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)LastSubject)),
            .. lexicon.Latter.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)(c => OneOfTwo(c, latter: true)))),
            .. lexicon.Former.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)(c => OneOfTwo(c, latter: false)))),
            .. lexicon.Nearest.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)NearestOrOrganization)),
            .. lexicon.OrganizationAtClauseStart.Select(w => (w, (Func<Context, IReadOnlyList<EntityReference>>)OrganizationOpeningClause)),
        ];

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
    private bool IsDescribedAfter(string text, int end) => NextWord(text, end) is { } next && _describingWords.Contains(next);

    /// <summary>The lower-case word after a space at <paramref name="end"/>, or null when something else follows.</summary>
    private static string? NextWord(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ') return null;
        var next = end + 1;
        var wordEnd = next;
        while (wordEnd < text.Length && (char.IsAsciiLetterLower(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return wordEnd > next ? text[next..wordEnd] : null;
    }

    /// <summary>Name references from <paramref name="start"/> up to <paramref name="end"/>, in document order.</summary>
    private static IEnumerable<EntityReference> NamesIn(Context c, int start, int end)
    {
        for (var i = c.Names.FirstStartingAtOrAfter(start); i < c.Names.Count && c.Names[i].Start < end; i++)
            yield return c.Names[i];
    }

    private static IEnumerable<EntityReference> Before(Context c, int sentences)
    {
        var from = c.Sentences[Math.Max(0, c.SentenceIndex - sentences)].Start;
        for (var i = c.Names.FirstStartingAtOrAfter(c.Position) - 1; i >= 0 && c.Names[i].Start >= from; i--)
            yield return c.Names[i];
    }

    private static bool IsOrganization(LocalEntity entity) => entity.Type == EntityTypes.Organization && !entity.Weak;

    /// <summary>
    /// The entity in focus: the nearest sentence (the reference's own before it, then up to three back) that names one
    /// that fits decides. One such entity there is it. Of several, the subject when it opens the sentence (after at most
    /// a short phrase and a comma) and stands alone ("Acme bought Beta. The company…" is Acme); otherwise the last one
    /// named (甲、乙等企业获得过投资机构丙的投资。这家机构… is 丙), unless it is joined to the one before it ("Acme and
    /// Beta signed a deal. The company…"): then no one.
    /// </summary>
    private static List<EntityReference> Focus(Context c, Func<LocalEntity, bool> fits)
    {
        for (var back = 0; back <= LookBackSentences && c.SentenceIndex - back >= 0; back++)
        {
            var sentence = c.Sentences[c.SentenceIndex - back];
            var found = NamesIn(c, sentence.Start, back == 0 ? c.Position : sentence.End).Where(n => fits(n.Entities[0])).ToList();
            if (found.Count == 0) continue;
            var subject = found[0];
            if (found.FirstOrDefault(n => n.Entities[0] != subject.Entities[0]) is not { } second) return [found[^1]];
            if (Opens(c.Text, sentence, subject) && !Joined(c.Text, subject, second)) return [subject];
            var last = found[^1];
            var beforeLast = found.Last(n => n.Entities[0] != last.Entities[0]);
            return Joined(c.Text, beforeLast, last) ? [] : [last];
        }
        return [];
    }

    /// <summary>
    /// Whether a name opens its sentence: nothing but punctuation before it, or a phrase of at most 20 characters ending in
    /// a comma (In 2021, / 2021年，).
    /// </summary>
    private static bool Opens(string text, Sentence sentence, EntityReference name)
    {
        var before = text[sentence.Start..name.Start].Trim();
        if (before.All(ch => !char.IsLetterOrDigit(ch))) return true;
        return before.Length <= 20 && before[^1] is ',' or '，';
    }

    /// <summary>Whether only a conjunction or list comma stands between two names (Acme and Beta, 甲、乙).</summary>
    private static bool Joined(string text, EntityReference first, EntityReference second)
    {
        if (second.Start < first.End) return true;
        var between = text[first.End..second.Start].Trim();
        return between is "" or "and" or "or" or "&" or "," or "、" or "，" or "和" or "与" or "及" or "以及" or "或" or "跟" or "同";
    }

    /// <summary>The last person named who is not a modifier (马斯克的…, 马斯克旗下…): 他 usually refers to a subject.</summary>
    private List<EntityReference> LastSubject(Context c)
    {
        var people = Before(c, LookBackSentences).Where(n => MayBePerson(n.Entities[0])).ToList();
        if (c.Sentences[c.SentenceIndex].Lang == "en" && SubjectOfEarlierSentence(c, people) is { } opener) return [opener];
        var subject = people.FirstOrDefault(n => !_modifierFollowers.Any(word => string.CompareOrdinal(c.Text, n.End, word, 0, word.Length) == 0))
            ?? people.FirstOrDefault();
        return subject is null ? [] : [subject];
    }

    /// <summary>
    /// "Musk co-founded OpenAI with Altman. Later he invested…": when no person is named earlier in the
    /// pronoun's own sentence, "he" continues the person who opened the last sentence naming people.
    /// </summary>
    private static EntityReference? SubjectOfEarlierSentence(Context c, List<EntityReference> people)
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
        return opening == first.Start ? first : null;
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

    /// <summary>
    /// 其 is the nearest name in this or the previous sentence; before an organisation's title (其创始人, 其首席执行官) the
    /// nearest that is an organisation (总部位于杭州。其创始人… is the company, not the city).
    /// </summary>
    private List<EntityReference> NearestOrOrganization(Context c)
    {
        var title = _organizationTitles.Any(t => string.CompareOrdinal(c.Text, c.End, t, 0, t.Length) == 0);
        return Before(c, 1).FirstOrDefault(n => !title || n.Entities[0].FinalType == EntityTypes.Organization) is { } name ? [name] : [];
    }

    /// <summary>公司 or 集团 opening a clause (。公司任命…, ，公司创始人…) is the organisation in focus; inside a phrase it is a common noun.</summary>
    private static List<EntityReference> OrganizationOpeningClause(Context c)
    {
        var before = c.Position - 1;
        while (before >= c.Sentences[c.SentenceIndex].Start && char.IsWhiteSpace(c.Text[before])) before--;
        var opens = before < c.Sentences[c.SentenceIndex].Start || c.Text[before] is '，' or ',' or '；' or ';' or '：' or ':';
        return opens ? Focus(c, IsOrganization) : [];
    }

    /// <summary>
    /// 后者 / the latter (and 前者 / the former): the second (first) of exactly two people, organisations or products named
    /// in the previous sentence and this one before the reference; with any other count, no one. An English
    /// "the former" followed by a noun is an adjective (the former chief executive) and refers to no one.
    /// </summary>
    private List<EntityReference> OneOfTwo(Context c, bool latter)
    {
        if (c.Sentences[c.SentenceIndex].Lang == "en" && NextWord(c.Text, c.End) is { } next && !_formerLatterFollowers.Contains(next)) return [];
        var from = c.Sentences[Math.Max(0, c.SentenceIndex - 1)].Start;
        var named = new List<EntityReference>();
        foreach (var name in NamesIn(c, from, c.Position))
            if (name.Entities.Count == 1 && name.Entities[0].FinalType is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Product
                && !name.Entities[0].Weak && !named.Exists(n => n.Entities[0] == name.Entities[0]))
                named.Add(name);
        return named.Count != 2 ? [] : [latter ? named[1] : named[0]];
    }

    private static List<EntityReference> People(Context c)
    {
        var sentenceStart = c.Sentences[c.SentenceIndex].Start;
        var here = Distinct(Before(c, 0).Where(n => n.Start >= sentenceStart && MayBePerson(n.Entities[0])));
        if (here.Count >= 2) return here;
        var before = Distinct(Before(c, 1).Where(n => n.Start < sentenceStart && MayBePerson(n.Entities[0])));
        return before.Count >= 2 ? before : [];
    }

    /// <summary>One reference per entity (the one nearest the pronoun), in document order.</summary>
    private static List<EntityReference> Distinct(IEnumerable<EntityReference> nearestFirst)
    {
        var result = nearestFirst.DistinctBy(n => n.Entities[0]).ToList();
        result.Reverse();
        return result;
    }
}
