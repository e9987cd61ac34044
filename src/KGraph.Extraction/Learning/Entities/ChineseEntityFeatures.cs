using KGraph.Extraction.Recognition;
using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Learning.Entities;

/// <summary>
/// The features of each character of a Chinese sentence for the entity labeler: the characters around
/// it and their pairs, the jieba word it sits in (word, tag, place in the word), the words beside, what
/// the lexicons know about those words, listed suffixes, places and titles ending or starting here, and,
/// when stacked, the hand rules' decision for this character. Runs for every character extracted: word
/// and lexicon lookups are done once per word and position, not once per feature.
/// </summary>
internal sealed class ChineseEntityFeatures(WordClasses classes, int bits, bool useRules)
{
    private const int MaxLexicalLength = 6;
    private const WordClasses.Class Suffixes = WordClasses.Class.OrgSuffix | WordClasses.Class.LegalForm;

    private enum T
    {
        Bias = 1, C0, CPrev, CNext, CPrev2, CNext2, BigramPrev, BigramNext, BigramPrev2, BigramNext2, Around, CharKinds,
        WordPlace, TagPlace, LengthPlace, PrevWord, NextWord, Tags, ClassPlace, PrevClass, NextClass, Surname, Transliteration,
        SuffixEnds, SuffixStarts, PlaceEnds, TitleEnds, TitleStarts, Rule, RuleTag, RuleChar, WordPlaceChar,
    }

    public int Bits { get; } = bits;

    public bool UseRules { get; } = useRules;

    /// <summary>One bucket array per character of text[start..end) (training keeps them for every pass).</summary>
    /// <param name="tokens">jieba's words covering the sentence, in document offsets.</param>
    /// <param name="rules">The hand rules' mentions in the sentence (ignored unless stacked).</param>
    public int[][] Extract(string text, int start, int end, IReadOnlyList<Token> tokens, IReadOnlyList<MentionCandidate> rules)
    {
        var sink = new CollectingSink(end - start);
        Extract(text, start, end, tokens, rules, ref sink);
        return sink.Features;
    }

    /// <summary>Each character's label scores under <paramref name="weights"/>, without keeping its features (extraction).</summary>
    public float[] Score(string text, int start, int end, IReadOnlyList<Token> tokens, IReadOnlyList<MentionCandidate> rules, LinearWeights weights)
    {
        var sink = new ScoringSink(end - start, weights);
        Extract(text, start, end, tokens, rules, ref sink);
        return sink.Scores;
    }

    private void Extract<TSink>(string text, int start, int end, IReadOnlyList<Token> tokens, IReadOnlyList<MentionCandidate> rules, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var n = end - start;
        if (n == 0) return;

        // Per word: its hashes and lexicon class, once.
        var tokenAt = new int[n];
        Array.Fill(tokenAt, -1);
        var wordHash = new ulong[tokens.Count];
        var tagHash = new ulong[tokens.Count];
        var wordClass = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            for (var p = Math.Max(tokens[t].Start, start); p < Math.Min(tokens[t].End, end); p++) tokenAt[p - start] = t;
            wordHash[t] = FeatureHash.Add(0, tokens[t].Word);
            tagHash[t] = FeatureHash.Add(0, tokens[t].Tag);
            wordClass[t] = (int)classes.Of(tokens[t].Word);
        }

        // Per position: the longest listed suffix, place and title ending or starting there (one lookup per length).
        var suffixEnds = new byte[n];
        var suffixStarts = new byte[n];
        var placeEnds = new byte[n];
        var titleEnds = new byte[n];
        var titleStarts = new byte[n];
        for (var i = 0; i < n; i++)
            for (var length = 1; length <= Math.Min(MaxLexicalLength, classes.LongestFrom(text[start + i])) && i + length <= n; length++)
            {
                var c = classes.Of(text.AsSpan(start + i, length));
                if (c == WordClasses.Class.None) continue;
                var last = i + length - 1;
                if ((c & Suffixes) != 0)
                {
                    suffixEnds[last] = Math.Max(suffixEnds[last], (byte)length);
                    suffixStarts[i] = Math.Max(suffixStarts[i], (byte)length);
                }
                if ((c & WordClasses.Class.Place) != 0) placeEnds[last] = Math.Max(placeEnds[last], (byte)length);
                if ((c & WordClasses.Class.Title) != 0)
                {
                    titleEnds[last] = Math.Max(titleEnds[last], (byte)length);
                    titleStarts[i] = Math.Max(titleStarts[i], (byte)length);
                }
            }

        // The rules' decision per character, as a small number: B or I, the type, weak, curated.
        var ruleCode = new int[n];
        if (UseRules)
            foreach (var m in rules)
                for (var p = Math.Max(m.Start, start); p < Math.Min(m.End, end); p++)
                    ruleCode[p - start] = ((p == m.Start ? 1 : 2) << 8) | (EntityTypes.Code(m.Type) << 2) | (m.Weak ? 2 : 0) | (m.KnownId is null ? 0 : 1);

        for (var i = 0; i < n; i++)
        {
            var p = start + i;
            sink.Begin(i);
            char At(int offset) => i + offset >= 0 && i + offset < n ? text[p + offset] : offset < 0 ? '\u0002' : '\u0003';
            var c0 = At(0);
            Put(ref sink, FeatureHash.Of((int)T.Bias));
            Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.C0), c0));
            Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.CPrev), At(-1)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.CNext), At(1)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.CPrev2), At(-2)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.CNext2), At(2)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramPrev), At(-1)), c0));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramNext), c0), At(1)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramPrev2), At(-2)), At(-1)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.BigramNext2), At(1)), At(2)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Around), At(-1)), At(1)));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.CharKinds), Kind(At(-1))), Kind(c0)), Kind(At(1))));

            var t = tokenAt[i];
            var (word, tag, length, place, cls) = t < 0
                ? (FeatureHash.Add(0, c0), FeatureHash.Add(0, "x"), 1, 'S', 0)
                : (wordHash[t], tagHash[t], tokens[t].End - tokens[t].Start, Place(tokens[t], p), wordClass[t]);
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.WordPlace), (long)word), place));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.TagPlace), (long)tag), place));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.LengthPlace), Math.Min(length, 6)), place));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.WordPlaceChar), (long)word), place), c0));
            var previous = t > 0 ? t - 1 : -1;
            var next = t >= 0 && t + 1 < tokens.Count ? t + 1 : -1;
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.PrevWord), previous < 0 ? 1L : (long)wordHash[previous]), place));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.NextWord), next < 0 ? 2L : (long)wordHash[next]), place));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Tags),
                previous < 0 ? 1L : (long)tagHash[previous]), (long)tag), next < 0 ? 2L : (long)tagHash[next]), place));
            if (cls != 0) Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.ClassPlace), cls), place));
            if (previous >= 0 && wordClass[previous] != 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.PrevClass), wordClass[previous]));
            if (next >= 0 && wordClass[next] != 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.NextClass), wordClass[next]));
            if ((classes.Of(text.AsSpan(p, 1)) & WordClasses.Class.Surname) != 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.Surname), place));
            Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Transliteration),
                classes.IsTransliteration(At(-1))), classes.IsTransliteration(c0)), classes.IsTransliteration(At(1))));
            if (suffixEnds[i] > 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.SuffixEnds), (int)suffixEnds[i]));
            if (i + 1 < n && suffixStarts[i + 1] > 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.SuffixStarts), (int)suffixStarts[i + 1]));
            if (placeEnds[i] > 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.PlaceEnds), (int)placeEnds[i]));
            if (titleEnds[i] > 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.TitleEnds), (int)titleEnds[i]));
            if (i + 1 < n && titleStarts[i + 1] > 0) Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.TitleStarts), (int)titleStarts[i + 1]));
            if (UseRules)
            {
                var rule = ruleCode[i];
                Put(ref sink, FeatureHash.Add(FeatureHash.Of((int)T.Rule), rule));
                Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RuleTag), rule), (long)tag));
                Put(ref sink, FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RuleChar), rule), c0));
            }
            sink.End();
        }
    }

    private void Put<TSink>(ref TSink sink, ulong hash)
        where TSink : struct, IFeatureSink => sink.Add(FeatureHash.Bucket(hash, Bits));

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
