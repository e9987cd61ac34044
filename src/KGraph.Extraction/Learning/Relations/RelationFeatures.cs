using KGraph.Extraction.Coreference;
using KGraph.Extraction.Learning.Entities;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Learning.Relations;

/// <summary>
/// The features of a pair of entity references in one sentence (the first <c>a</c>, the second <c>b</c>) for
/// the relationship classifier: their types and order, the words between them (each, first, last), the words
/// before and after, distance and what else stands between, role words and where they are, negation and
/// hedging cues, the entities' own endings, and, when stacked, which hand rule joined the two.
/// </summary>
internal sealed class RelationFeatures(WordClasses classes, RelationRuleSet rules, int bits, bool useRules)
{
    /// <summary>Pairs further apart than this many words are not classified: a sentence rarely relates them.</summary>
    public const int MaxWordsBetween = 40;

    private enum T
    {
        Bias = 1, Types, Between, BetweenTyped, FirstBetween, LastBetween, NoneBetween, BeforeA, BeforeA2, AfterB, AfterB2,
        Distance, RefsBetween, RefTypesBetween, Pronoun, EndA, EndB, ClassA, ClassB, Role, RoleTyped, Negated, Hedged, Rule,
        Breaks, CharsBetween, FirstLast, BetweenBigram, Possessive, Nearest,
    }

    public int Bits { get; } = bits;

    public bool UseRules { get; } = useRules;

    public int[] Extract(Pair pair, string text, MarkedSentence sentence, IReadOnlyList<Token> words, IReadOnlyList<RoleMention> roles,
        IReadOnlyList<FoundFact> ruleFacts)
    {
        var list = new FeatureList(Bits);
        var (a, b) = (pair.A, pair.B);
        var types = $"{a.TypeCode}{b.TypeCode}";
        list.Add(FeatureHash.Of((int)T.Bias));
        list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Types), types));

        // Words fully between the two references, and the ones just outside them.
        var first = -1;
        var last = -1;
        var beforeA = -1;
        var afterB = -1;
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (w.End <= a.Start) beforeA = k;
            else if (w.Start >= a.End && w.End <= b.Start)
            {
                if (first < 0) first = k;
                last = k;
            }
            else if (w.Start >= b.End && afterB < 0) afterB = k;
        }
        var english = sentence.Text.Length > 0 && rules.File.Lang == "en";
        string Word(int k) => english ? words[k].Word.ToLowerInvariant() : words[k].Word;
        if (first < 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.NoneBetween), types));
        else
        {
            for (var k = first; k <= last; k++)
            {
                var w = Word(k);
                list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Between), w));
                list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BetweenTyped), w), types));
                if (k < last) list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BetweenBigram), w), Word(k + 1)));
            }
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.FirstBetween), Word(first)), types));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.LastBetween), Word(last)), types));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.FirstLast), Word(first)), Word(last)), types));
        }
        list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BeforeA), beforeA >= 0 ? Word(beforeA) : "<s>"), types));
        if (beforeA >= 1) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.BeforeA2), Word(beforeA - 1)));
        list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.AfterB), afterB >= 0 ? Word(afterB) : "</s>"), types));
        if (afterB >= 0 && afterB + 1 < words.Count) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.AfterB2), Word(afterB + 1)));
        var between = first < 0 ? 0 : last - first + 1;
        list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Distance), Bucket(between)), types));
        if (!english && b.Start - a.End is > 0 and <= 12)
            for (var p = a.End; p < b.Start; p++) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.CharsBetween), text[p]));

        var refsBetween = 0;
        var refTypes = "";
        // Whether another reference of b's type stands between (a is not the nearest such to b), and of a's type.
        var sameAsA = false;
        var sameAsB = false;
        foreach (var r in sentence.References)
        {
            if (r.Start < a.End || r.End > b.Start) continue;
            refsBetween++;
            if (refTypes.Length < 4) refTypes += r.TypeCode;
            sameAsA |= r.TypeCode == a.TypeCode;
            sameAsB |= r.TypeCode == b.TypeCode;
        }
        list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Nearest), sameAsA), sameAsB), types));
        list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RefsBetween), Math.Min(refsBetween, 3)), types));
        if (refTypes.Length > 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.RefTypesBetween), refTypes));
        var breaks = 0;
        for (var p = a.End; p < b.Start; p++)
            if (text[p] is '，' or ',' or '；' or ';' or '：' or ':' or '（' or '(' or '）' or ')') breaks++;
        list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Breaks), Math.Min(breaks, 3)), types));
        if (a.IsPronoun || b.IsPronoun) list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Pronoun),
            a.IsPronoun), b.IsPronoun), types));
        if (a.End < text.Length && (text[a.End] == '的' || text.AsSpan(a.End).StartsWith("'s") || text.AsSpan(a.End).StartsWith("’s")))
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Possessive), types));

        AddEnding(list, T.EndA, T.ClassA, text, a);
        AddEnding(list, T.EndB, T.ClassB, text, b);

        foreach (var role in roles)
        {
            var where = role.End <= a.Start ? 'A' : role.Start >= b.End ? 'C' : role.Start >= a.End && role.End <= b.Start ? 'B' : 'X';
            if (where == 'A' && a.Start - role.End > 12) continue;
            if (where == 'C' && role.Start - b.End > 12) continue;
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Role), role.Type), where));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RoleTyped), role.Type), where), types));
        }

        var clause = text.AsSpan(pair.ClauseStart, pair.ClauseEnd - pair.ClauseStart);
        if (RelationMatcher.ContainsAny(clause, rules.Negation)) list.Add(FeatureHash.Of((int)T.Negated));
        if (RelationMatcher.ContainsAny(clause, rules.Hedging)) list.Add(FeatureHash.Of((int)T.Hedged));

        if (UseRules)
            foreach (var fact in ruleFacts)
            {
                var forward = a.Entities.Contains(fact.From) && b.Entities.Contains(fact.To);
                var backward = b.Entities.Contains(fact.From) && a.Entities.Contains(fact.To);
                if (forward || backward) list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Rule), fact.Type), forward));
            }
        return list.ToArray();
    }

    private void AddEnding(FeatureList list, T ending, T wordClass, string text, EntityReference reference)
    {
        if (reference.IsPronoun)
        {
            list.Add(FeatureHash.Add(FeatureHash.Of((int)ending), text.AsSpan(reference.Start, reference.End - reference.Start)));
            return;
        }
        var name = text.AsSpan(reference.Start, reference.End - reference.Start);
        var tail = name[Math.Max(0, name.Length - 2)..];
        list.Add(FeatureHash.Add(FeatureHash.Of((int)ending), tail));
        var lastWord = name.LastIndexOf(' ') is var space and >= 0 ? name[(space + 1)..] : name;
        var c = classes.Of(lastWord);
        if (c == WordClasses.Class.None && lastWord.Length > 2) c = classes.Of(lastWord[^2..]);
        if (c != WordClasses.Class.None) list.Add(FeatureHash.Add(FeatureHash.Of((int)wordClass), (int)c));
    }

    private static int Bucket(int words) => words switch
    {
        <= 3 => words,
        <= 5 => 4,
        <= 8 => 5,
        <= 12 => 6,
        <= 20 => 7,
        _ => 8,
    };
}
