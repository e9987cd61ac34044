using System.Runtime.CompilerServices;
namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// jieba's part-of-speech cut, reimplemented over its data files. Text splits into blocks of Han
/// characters, ASCII letters and digits and <c>+#&amp;._%·-</c>; everything else is a one-character
/// token tagged x (a CR LF pair is one). In a block every position gets the dictionary words
/// starting there (a DAG); the route maximising the sum of log(frequency / total) wins, the
/// shortest word first on a tie. Route words keep their dictionary tag. Without the HMM, runs of
/// single ASCII letters and digits join as eng. With it, a run of single characters that is not
/// itself a word goes to <see cref="PosViterbi"/> (Han) or is split into numbers (m), Latin (eng)
/// and the rest (x).
/// The loops that cut are compiled fully optimised from their first call (AggressiveOptimization;
/// the small lookups they call are inlined into them): tiered compilation would otherwise run them
/// unoptimised for a good part of a short extraction.
/// </summary>
internal sealed class PosTagger(PrefixDictionary dictionary, PosViterbi viterbi)
{
    private const string Other = "x";
    [ThreadStatic] private static Route? t_route;

    /// <summary>Tags text[from..to] as jieba tags that substring; token offsets are index + <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(string text, int from, int to, bool hmm, int offset, List<Token> tokens)
    {
        var i = from;
        while (i < to)
        {
            if (IsBlockCharacter(text[i]))
            {
                var end = i + 1;
                while (end < to && IsBlockCharacter(text[end])) end++;
                if (hmm) CutBlockWithHmm(text, i, end, offset, tokens);
                else CutBlock(text, i, end, offset, tokens);
                i = end;
            }
            else
            {
                var width = text[i] == '\r' && i + 1 < to && text[i + 1] == '\n' ? 2 : 1;
                tokens.Add(Words.Token(text, i, i + width, offset, Other));
                i += width;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlock(string text, int from, int to, int offset, List<Token> tokens)
    {
        var route = FindRoute(text, from, to);
        var latin = -1;
        for (var x = from; x < to;)
        {
            var y = from + route.End[x - from];
            if (y - x == 1 && char.IsAsciiLetterOrDigit(text[x]))
            {
                if (latin < 0) latin = x;
            }
            else
            {
                if (latin >= 0) tokens.Add(Words.Token(text, latin, x, offset, "eng"));
                latin = -1;
                tokens.Add(RouteWord(text, x, y, route.Node[x - from], offset));
            }
            x = y;
        }
        if (latin >= 0) tokens.Add(Words.Token(text, latin, to, offset, "eng"));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlockWithHmm(string text, int from, int to, int offset, List<Token> tokens)
    {
        var route = FindRoute(text, from, to);
        var single = -1;
        for (var x = from; x < to;)
        {
            var y = from + route.End[x - from];
            if (y - x == 1)
            {
                if (single < 0) single = x;
            }
            else
            {
                if (single >= 0) CutSingles(text, single, x, offset, tokens);
                single = -1;
                tokens.Add(RouteWord(text, x, y, route.Node[x - from], offset));
            }
            x = y;
        }
        if (single >= 0) CutSingles(text, single, to, offset, tokens);
    }

    /// <summary>A run of characters the route left single.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutSingles(string text, int from, int to, int offset, List<Token> tokens)
    {
        if (to - from == 1)
        {
            tokens.Add(Words.Token(text, from, to, offset, TagOf(dictionary.Child(0, text[from]))));
            return;
        }
        var node = dictionary.Find(text.AsSpan(from, to - from));
        if (PrefixDictionary.IsNode(node) && dictionary.Frequency(node) > 0)
        {
            // jieba's own quirk: a run that is a word after all stays single characters, untagged.
            for (var i = from; i < to; i++) tokens.Add(Words.Token(text, i, i + 1, offset, Other));
            return;
        }
        for (var i = from; i < to;)
        {
            var end = i + 1;
            var han = IsJiebaHan(text[i]);
            while (end < to && IsJiebaHan(text[end]) == han) end++;
            if (han) viterbi.Cut(text, i, end, offset, tokens);
            else CutLatin(text, i, end, offset, tokens);
            i = end;
        }
    }

    /// <summary>Numbers (digits and dots) are m, letter-led runs of letters and digits eng (m with a digit), the rest between x.</summary>
    private static void CutLatin(string text, int from, int to, int offset, List<Token> tokens)
    {
        var rest = from;
        for (var i = from; i < to;)
        {
            var number = IsNumberCharacter(text[i]);
            if (!number && !char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            if (rest < i) tokens.Add(Words.Token(text, rest, i, offset, Other));
            var end = i + 1;
            var digit = char.IsAsciiDigit(text[i]);
            while (end < to && (number ? IsNumberCharacter(text[end]) : char.IsAsciiLetterOrDigit(text[end])))
                digit |= char.IsAsciiDigit(text[end++]);
            tokens.Add(Words.Token(text, i, end, offset, number || digit ? "m" : "eng"));
            i = rest = end;
        }
        if (rest < to) tokens.Add(Words.Token(text, rest, to, offset, Other));
    }

    /// <summary>A word of the route: a dictionary word shares the dictionary's string for it.</summary>
    private Token RouteWord(string text, int start, int end, int node, int offset) =>
        end - start == 1 ? Words.Token(text, start, end, offset, TagOf(node)) : new Token(offset + start, offset + end,
            dictionary.Word(node, text, start, end), TagOf(node));

    private string TagOf(int node) => PrefixDictionary.IsNode(node) ? dictionary.Tag(node) ?? Other : Other;

    /// <summary>Best route from every position to the end of the block: the end of its first word and that word's node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Route FindRoute(string text, int from, int to)
    {
        var route = t_route ??= new Route();
        var length = to - from;
        route.Ensure(length);
        var logTotal = dictionary.LogTotal;
        route.Score[length] = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            var best = double.MinValue;
            var bestEnd = i + 1;
            var bestNode = 0;
            var found = false;
            var node = 0;
            for (var j = i; j < length; j++)
            {
                node = dictionary.Child(node, text[from + j]);
                if (!PrefixDictionary.IsNode(node)) break;
                var logFrequency = dictionary.WordLogFrequency(node);
                if (logFrequency < 0) continue;
                found = true;
                var score = logFrequency - logTotal + route.Score[j + 1];
                if (best < score)
                {
                    best = score;
                    bestEnd = j + 1;
                    bestNode = node;
                }
            }
            if (!found)
            {
                // A character no word starts with is a word of its own with frequency 1.
                best = 0 - logTotal + route.Score[i + 1];
                bestNode = dictionary.Child(0, text[from + i]);
            }
            route.Score[i] = best;
            route.End[i] = bestEnd;
            route.Node[i] = bestNode;
        }
        return route;
    }

    private static bool IsBlockCharacter(char c) => IsJiebaHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private static bool IsJiebaHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    private static bool IsNumberCharacter(char c) => char.IsAsciiDigit(c) || c == '.';

    private sealed class Route
    {
        public double[] Score = new double[256];
        public int[] End = new int[256];
        public int[] Node = new int[256];

        public void Ensure(int length)
        {
            if (Score.Length > length) return;
            var size = Math.Max(length + 1, Score.Length * 2);
            Score = new double[size];
            End = new int[size];
            Node = new int[size];
        }
    }
}
