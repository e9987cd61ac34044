using KGraph.Extraction.Recognition;
using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Coreference;

/// <summary>
/// Which organisation an article is talking about when it writes "the company", "the group", "its" or 该公司: a salience
/// score over the organisations named in the reference's sentence (before it) and the three before, in the manner of
/// Lappin and Leass (1994). A name scores for being recent, for opening its sentence (the subject), for being the
/// article's first organisation and for being named more than once lately; it loses for standing after a preposition
/// (an object: "joins from Tesco", "a stake in Halden"). A description whose noun the article used of one organisation
/// ("the group" after "the pharmaceutical group Meridia Health") points at that one. References resolved earlier count
/// as mentions of their organisation.
/// </summary>
internal static class Focus
{
    private const int LookBackSentences = 3;
    private const double Subject = 1.5;
    private const double Object = -0.5;
    private const double FirstOfArticle = 1.0;
    private const double PerMention = 0.25;
    private const int MostMentionsCounted = 3;
    private const double SameDescription = 3.0;

    private const string ChinesePrepositions = "与和及、向从在对给跟同";

    private static readonly string[] Namings = [" named", " called"];

    private static readonly string[] Prepositions =
        ["from", "at", "in", "with", "by", "to", "for", "of", "against", "on", "and", "or", "than", "over", "into", "about", "as"];

    /// <param name="earlier">Pronoun references resolved in earlier sentences, in order.</param>
    /// <param name="description">The reference's own English noun ("group" for "the group"), or null for "its" and 该公司.</param>
    public static LocalEntity? Organization(string text, IReadOnlyList<Sentence> sentences, int sentenceIndex, int position,
        OrderedNames names, IReadOnlyList<EntityReference> earlier, string? description)
    {
        var from = sentences[Math.Max(0, sentenceIndex - LookBackSentences)].Start;
        var first = names.FirstOrganization;
        var candidates = new List<(LocalEntity Entity, double Score, int Mentions)>();
        var slots = new Dictionary<LocalEntity, int>();
        foreach (var reference in Mentions(names, earlier, from, position))
        {
            if (reference.Entities.Count != 1 || reference.Entities[0] is not { FinalType: EntityTypes.Organization, Weak: false } entity) continue;
            var index = SentenceIndex(sentences, reference.Start, sentenceIndex);
            double score = -(sentenceIndex - index);
            if (!reference.IsPronoun && Opens(text, sentences[index], reference)) score += Subject;
            if (reference.IsPronoun && reference.Start == OpeningOf(text, sentences[index])) score += Subject;
            if (AfterPreposition(text, sentences[index].Start, reference.Start)) score += Object;
            if (description is not null && !reference.IsPronoun && Describes(text, sentences[index], reference, description)) score += SameDescription;
            if (!slots.TryGetValue(entity, out var at))
            {
                slots[entity] = candidates.Count;
                candidates.Add((entity, score, 1));
            }
            else candidates[at] = (entity, Math.Max(candidates[at].Score, score), Math.Min(MostMentionsCounted, candidates[at].Mentions + 1));
        }
        LocalEntity? best = null;
        var bestScore = double.MinValue;
        // Candidates are in the order first named in the window; a tie goes to the later one.
        foreach (var (entity, score, mentions) in candidates)
        {
            var total = score + PerMention * (mentions - 1) + (entity == first ? FirstOfArticle : 0);
            if (total >= bestScore) (best, bestScore) = (entity, total);
        }
        return best;
    }

    /// <summary>Names and earlier pronoun references from <paramref name="from"/> up to <paramref name="position"/>, in document order.</summary>
    private static IEnumerable<EntityReference> Mentions(OrderedNames names, IReadOnlyList<EntityReference> earlier, int from, int position)
    {
        var i = names.FirstStartingAtOrAfter(from);
        var k = OrderedNames.FirstStartingAtOrAfter(earlier, from);
        while (true)
        {
            var name = i < names.Count && names[i].Start < position ? names[i] : null;
            var pronoun = k < earlier.Count && earlier[k].Start < position ? earlier[k] : null;
            if (name is null && pronoun is null) yield break;
            if (pronoun is null || (name is not null && name.Start <= pronoun.Start))
            {
                yield return name!;
                i++;
            }
            else
            {
                yield return pronoun;
                k++;
            }
        }
    }

    private static int SentenceIndex(IReadOnlyList<Sentence> sentences, int position, int upTo)
    {
        for (var s = upTo; s > 0; s--)
            if (sentences[s].Start <= position) return s;
        return 0;
    }

    private static int OpeningOf(string text, Sentence sentence)
    {
        var at = sentence.Start;
        while (at < sentence.End && !char.IsLetterOrDigit(text[at])) at++;
        return at;
    }

    /// <summary>
    /// Whether a name opens its sentence: nothing but punctuation before it; a short phrase ending in a comma ("In 2021,",
    /// at most 20 characters; 2021年，, at most 8); the possessor that opens it ("Kestrel's chief executive, …"); or, in
    /// Chinese, after a modifier that ends in 的 (总部位于杭州的锦和银行).
    /// </summary>
    private static bool Opens(string text, Sentence sentence, EntityReference name)
    {
        // Only the sentence's first 40 characters can open it: read no more (a sentence may be very long).
        if (name.Start - sentence.Start > 40) return false;
        var before = text.AsSpan(sentence.Start, name.Start - sentence.Start).Trim();
        if (!HasLetterOrDigit(before)) return true;
        if (before[^1] is '，' or ',') return before.Length <= (sentence.Lang == "zh" ? 8 : 20);
        return before[^1] == '的' && before.IndexOfAny('，', ',', '。') < 0;
    }

    /// <summary>
    /// Whether a preposition or conjunction ends the text before <paramref name="start"/> ("from Tesco", "in Halden", 与顺丰达,
    /// 向锦和银行): an object.
    /// </summary>
    public static bool AfterPreposition(string text, int sentenceStart, int start)
    {
        var end = start;
        while (end > sentenceStart && text[end - 1] == ' ') end--;
        if (end > sentenceStart && (Script.IsHan(text[end - 1]) || text[end - 1] == '、')) return ChinesePrepositions.Contains(text[end - 1]);
        // "the Czech gearbox manufacturer Kovar": the description belongs to the name; read the word before it.
        var at = end;
        while (at > sentenceStart && end - at < 20 && char.IsLetter(text[at - 1])) at--;
        if (at == end) return false;
        var word = text.AsSpan(at, end - at);
        foreach (var preposition in Prepositions)
            if (word.SequenceEqual(preposition)) return true;
        return false;
    }

    /// <summary>
    /// Whether the article calls this name by <paramref name="noun"/> where it names it: "the pharmaceutical group Meridia
    /// Health", "a joint venture named North Reach Wind", "Harrowgate, the Leeds-based discount supermarket chain,".
    /// </summary>
    private static bool Describes(string text, Sentence sentence, EntityReference name, string noun)
    {
        var before = text[Math.Max(sentence.Start, name.Start - 40)..name.Start].TrimEnd();
        // "a joint venture named North Reach Wind", "a chain called QuickPantry"
        foreach (var naming in Namings)
            if (before.EndsWith(naming, StringComparison.Ordinal)) before = before[..^naming.Length];
        if (before.EndsWith(" " + noun, StringComparison.Ordinal)) return true;
        // A name may run past its sentence's end (a long sentence cut inside it): then nothing of the sentence follows it.
        if (name.End >= sentence.End) return false;
        var after = text[name.End..Math.Min(sentence.End, name.End + 60)];
        if (!after.StartsWith(", the ", StringComparison.Ordinal) && !after.StartsWith(", a ", StringComparison.Ordinal)
            && !after.StartsWith(", an ", StringComparison.Ordinal)) return false;
        var close = after.IndexOfAny([',', '.', ';'], 1);
        var apposition = close < 0 ? after : after[..close];
        return apposition.EndsWith(" " + noun, StringComparison.Ordinal);
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (char.IsLetterOrDigit(ch)) return true;
        return false;
    }
}
