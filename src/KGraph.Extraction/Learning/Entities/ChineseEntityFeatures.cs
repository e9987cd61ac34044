using KGraph.Extraction.Recognition;
using KGraph.Extraction.Text;

namespace KGraph.Extraction.Learning.Entities;

/// <summary>
/// The features of each character of a Chinese sentence for the entity labeler: the characters around
/// it and their pairs, the jieba word it sits in (word, tag, place in the word), the words beside, what
/// the lexicons know about those words, listed suffixes and places ending or starting here, and, when
/// stacked, the hand rules' decision for this character.
/// </summary>
internal sealed class ChineseEntityFeatures(WordClasses classes, int bits, bool useRules)
{
    private enum T
    {
        Bias = 1, C0, CPrev, CNext, CPrev2, CNext2, BigramPrev, BigramNext, BigramPrev2, BigramNext2, Around, CharKinds,
        WordPlace, TagPlace, LengthPlace, PrevWord, NextWord, Tags, ClassPlace, PrevClass, NextClass, Surname, Transliteration,
        SuffixEnds, SuffixStarts, PlaceEnds, TitleEnds, TitleStarts, Rule, RuleTag, RuleChar, WordPlaceChar,
    }

    public int Bits { get; } = bits;

    public bool UseRules { get; } = useRules;

    /// <summary>One bucket array per character of text[start..end).</summary>
    /// <param name="tokens">jieba's words covering the sentence, in document offsets.</param>
    /// <param name="rules">The hand rules' mentions in the sentence (ignored unless stacked).</param>
    public int[][] Extract(string text, int start, int end, IReadOnlyList<Token> tokens, IReadOnlyList<MentionCandidate> rules)
    {
        var n = end - start;
        var result = new int[n][];
        var list = new FeatureList(Bits);
        var tokenAt = new int[n];
        for (var t = 0; t < tokens.Count; t++)
            for (var p = Math.Max(tokens[t].Start, start); p < Math.Min(tokens[t].End, end); p++) tokenAt[p - start] = t;
        var ruleLabel = new string?[n];
        if (UseRules)
            foreach (var m in rules)
                for (var p = Math.Max(m.Start, start); p < Math.Min(m.End, end); p++)
                    ruleLabel[p - start] = (p == m.Start ? "B-" : "I-") + m.Type + (m.Weak ? "~" : "") + (m.KnownId is null ? "" : "!");
        for (var i = 0; i < n; i++)
        {
            list.Clear();
            var p = start + i;
            char At(int offset) => p + offset >= start && p + offset < end ? text[p + offset] : offset < 0 ? '\u0002' : '\u0003';
            var c0 = At(0);
            list.Add(FeatureHash.Of((int)T.Bias));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.C0), c0));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.CPrev), At(-1)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.CNext), At(1)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.CPrev2), At(-2)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.CNext2), At(2)));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramPrev), At(-1)), c0));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramNext), c0), At(1)));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramPrev2), At(-2)), At(-1)));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramNext2), At(1)), At(2)));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Around), At(-1)), At(1)));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.CharKinds), Kind(At(-1))), Kind(c0)), Kind(At(1))));

            var t = tokenAt[i];
            var token = tokens.Count > 0 ? tokens[t] : new Token(p, p + 1, c0.ToString(), "x");
            var place = Place(token, p);
            var word = token.Word.AsSpan();
            var wordClass = (int)classes.Of(word);
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.WordPlace), word), place));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.TagPlace), token.Tag), place));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.LengthPlace), Math.Min(token.Word.Length, 6)), place));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.WordPlaceChar), word), place), c0));
            var previous = t > 0 ? tokens[t - 1] : (Token?)null;
            var next = t + 1 < tokens.Count ? tokens[t + 1] : (Token?)null;
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.PrevWord), previous?.Word ?? "^"), place));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.NextWord), next?.Word ?? "$"), place));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Tags), previous?.Tag ?? "^"), token.Tag), next?.Tag ?? "$"), place));
            if (wordClass != 0) list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.ClassPlace), wordClass), place));
            if (previous is { } pw && classes.Of(pw.Word) is var pc && pc != 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.PrevClass), (int)pc));
            if (next is { } nw && classes.Of(nw.Word) is var nc && nc != 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.NextClass), (int)nc));
            if ((classes.Of(text.AsSpan(p, 1)) & WordClasses.Class.Surname) != 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Surname), place));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Transliteration),
                classes.IsTransliteration(At(-1))), classes.IsTransliteration(c0)), classes.IsTransliteration(At(1))));
            Lexical(list, T.SuffixEnds, classes.LongestEndingAt(text, start, p + 1, WordClasses.Class.OrgSuffix | WordClasses.Class.LegalForm));
            Lexical(list, T.SuffixStarts, classes.LongestStartingAt(text, p + 1, end, WordClasses.Class.OrgSuffix | WordClasses.Class.LegalForm));
            Lexical(list, T.PlaceEnds, classes.LongestEndingAt(text, start, p + 1, WordClasses.Class.Place));
            Lexical(list, T.TitleEnds, classes.LongestEndingAt(text, start, p + 1, WordClasses.Class.Title));
            Lexical(list, T.TitleStarts, classes.LongestStartingAt(text, p + 1, end, WordClasses.Class.Title));
            if (UseRules)
            {
                var rule = ruleLabel[i] ?? "O";
                list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Rule), rule));
                list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RuleTag), rule), token.Tag));
                list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RuleChar), rule), c0));
            }
            result[i] = list.ToArray();
        }
        return result;
    }

    private static void Lexical(FeatureList list, T template, int length)
    {
        if (length > 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)template), length));
    }

    /// <summary>Where the character sits in its word: B(egin), M(iddle), E(nd) or S(ingle).</summary>
    private static char Place(Token token, int p) =>
        token.End - token.Start <= 1 ? 'S' : p == token.Start ? 'B' : p == token.End - 1 ? 'E' : 'M';

    private static char Kind(char c) =>
        c is '\u0002' or '\u0003' ? c
        : Script.IsHan(c) ? 'H'
        : char.IsAsciiDigit(c) || c is >= '０' and <= '９' ? 'D'
        : char.IsUpper(c) ? 'U'
        : char.IsLetter(c) ? 'L'
        : c == '·' ? '.'
        : char.IsWhiteSpace(c) ? ' '
        : 'P';
}
