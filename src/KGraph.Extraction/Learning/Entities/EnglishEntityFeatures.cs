using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Learning.Entities;

/// <summary>
/// The features of each English word for the entity labeler: the word and its neighbours (lower-cased),
/// shapes, prefixes and suffixes, what the lexicons know of the word and its neighbours, its place in a
/// run of capitalised words, and, when stacked, the hand rules' decision for it.
/// </summary>
internal sealed class EnglishEntityFeatures(WordClasses classes, int bits, bool useRules)
{
    private enum T
    {
        Bias = 1, Word, Lower, Prev, Next, Prev2, Next2, Shape, Shapes, Prefix, Suffix, Suffix2, PrevWord, WordNext, First,
        Class, PrevClass, NextClass, CapsRun, Rule, RuleShape, PrevShapeWord, NextShapeWord,
    }

    public int Bits { get; } = bits;

    public bool UseRules { get; } = useRules;

    public int[][] Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<MentionCandidate> rules)
    {
        var n = tokens.Count;
        var result = new int[n][];
        var lower = new string[n];
        var shape = new string[n];
        for (var i = 0; i < n; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            lower[i] = word.ToString().ToLowerInvariant();
            shape[i] = Shape(word);
        }
        var ruleLabel = new string?[n];
        if (UseRules)
            foreach (var m in rules)
                for (var i = 0; i < n; i++)
                    if (tokens[i].Start >= m.Start && tokens[i].End <= m.End)
                        ruleLabel[i] = (tokens[i].Start == m.Start ? "B-" : "I-") + m.Type + (m.Weak ? "~" : "") + (m.KnownId is null ? "" : "!");
        // Position in a run of capitalised words (from its start, to its end), capped: names are such runs.
        var runStart = new int[n];
        var runEnd = new int[n];
        for (var i = 0; i < n; i++) runStart[i] = IsCapitalised(shape[i]) ? (i > 0 && IsCapitalised(shape[i - 1]) ? runStart[i - 1] + 1 : 1) : 0;
        for (var i = n - 1; i >= 0; i--) runEnd[i] = IsCapitalised(shape[i]) ? (i + 1 < n && IsCapitalised(shape[i + 1]) ? runEnd[i + 1] + 1 : 1) : 0;

        var list = new FeatureList(Bits);
        for (var i = 0; i < n; i++)
        {
            list.Clear();
            string Low(int k) => k < 0 ? "<s>" : k >= n ? "</s>" : lower[k];
            string Sh(int k) => k < 0 ? "<s>" : k >= n ? "</s>" : shape[k];
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            list.Add(FeatureHash.Of((int)T.Bias));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Word), word));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Lower), lower[i]));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Prev), Low(i - 1)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Next), Low(i + 1)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Prev2), Low(i - 2)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Next2), Low(i + 2)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Shape), shape[i]));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.Shapes), Sh(i - 1)), shape[i]), Sh(i + 1)));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Prefix), lower[i].AsSpan(0, Math.Min(3, lower[i].Length))));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Suffix), lower[i].AsSpan(Math.Max(0, lower[i].Length - 3))));
            list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Suffix2), lower[i].AsSpan(Math.Max(0, lower[i].Length - 2))));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.PrevWord), Low(i - 1)), lower[i]));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.WordNext), lower[i]), Low(i + 1)));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.PrevShapeWord), Low(i - 1)), shape[i]));
            list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.NextShapeWord), shape[i]), Low(i + 1)));
            if (i == 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.First), shape[i]));
            var wordClass = (int)classes.Of(word);
            if (wordClass != 0) list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Class), wordClass));
            if (i > 0 && (int)classes.Of(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start)) is var pc && pc != 0)
                list.Add(FeatureHash.Add(FeatureHash.Of((int)T.PrevClass), pc));
            if (i + 1 < n && (int)classes.Of(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].End - tokens[i + 1].Start)) is var nc && nc != 0)
                list.Add(FeatureHash.Add(FeatureHash.Of((int)T.NextClass), nc));
            if (runStart[i] > 0) list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.CapsRun), Math.Min(runStart[i], 4)), Math.Min(runEnd[i], 4)));
            if (UseRules)
            {
                var rule = ruleLabel[i] ?? "O";
                list.Add(FeatureHash.Add(FeatureHash.Of((int)T.Rule), rule));
                list.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Of((int)T.RuleShape), rule), shape[i]));
            }
            result[i] = list.ToArray();
        }
        return result;
    }

    private static bool IsCapitalised(string shape) => shape.Length > 0 && shape[0] == 'X';

    /// <summary>Letters as X/x, digits as d, others as themselves, runs of the same kind shortened to two: McDonald → XxXx, U.S. → X.X.</summary>
    private static string Shape(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 16)];
        var length = 0;
        char last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run > 2 || length == buffer.Length) continue;
            buffer[length++] = k;
        }
        return buffer[..length].ToString();
    }
}
