using System.Runtime.CompilerServices;
using KGraph.Extraction.Recognition.Tagging;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// jieba part-of-speech tagging with document offsets, by our own <see cref="PosTagger"/> over the
/// data files of the jieba.NET package (tokens and tags identical to jieba.NET's PosSegmenter).
/// <see cref="Base"/> is jieba's dictionary as shipped, loaded once and never changed; an extractor
/// that knows names of its own cuts with <see cref="WithWords"/>, a tagger over a copy holding them,
/// so that no extractor sees another's names. Cutting is safe in parallel.
/// </summary>
internal sealed class JiebaTagger
{
    private const int UserWordFrequency = 2000;
    private static readonly Lazy<JiebaTagger> Shared = new(() => new JiebaTagger(DefaultDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly PrefixDictionary _dictionary;
    private readonly PosTagger _tagger;
    private readonly PosViterbi _viterbi;
    [ThreadStatic] private static List<Token>? t_cut;

    /// <summary>A tagger over the dictionary in <paramref name="directory"/> (tests); extractors share <see cref="Base"/>.</summary>
    internal JiebaTagger(string directory)
    {
        if (!File.Exists(Path.Combine(directory, "dict.txt")))
            throw new InvalidOperationException($"jieba dictionary not found in {directory}");
        // The HMM's tables and the dictionary are independent files: read them side by side (start-up is most of a short run).
        var hmm = Task.Run(() => PosHmm.Load(directory));
        _dictionary = PrefixDictionary.Load(Path.Combine(directory, "dict.txt"));
        _viterbi = new PosViterbi(hmm.GetAwaiter().GetResult());
        _tagger = new PosTagger(_dictionary, _viterbi);
        // A damaged dict.txt would degrade tagging silently: fail loudly instead.
        var probe = new List<Token>();
        _tagger.Cut("我们的公司在北京", 0, 8, false, 0, probe);
        if (!probe.Exists(t => t is { Word: "北京", Tag: "ns" }))
            throw new InvalidOperationException("jieba dictionary did not load: a known word does not segment");
    }

    private JiebaTagger(PrefixDictionary dictionary, PosViterbi viterbi)
    {
        _dictionary = dictionary;
        _viterbi = viterbi;
        _tagger = new PosTagger(dictionary, viterbi);
    }

    /// <summary>jieba's dictionary as shipped, shared by the process and never changed.</summary>
    public static JiebaTagger Base => Shared.Value;

    // NuGet does not copy jieba's data files; the project file puts them in Resources/ beside us.
    internal static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Resources");

    /// <summary>
    /// A tagger that also knows these words with their tags (nr, nt, ns, nz), over its own copy of the
    /// dictionary; this one when there is nothing to add. Words with spaces are skipped: jieba never matches them.
    /// </summary>
    public JiebaTagger WithWords(IEnumerable<(string Word, string Tag)> words)
    {
        var added = words.Where(w => w.Word.Length >= 2 && !w.Word.Contains(' ', StringComparison.Ordinal)).DistinctBy(w => w.Word,
            StringComparer.Ordinal).ToList();
        if (added.Count == 0) return this;
        var dictionary = _dictionary.Clone();
        foreach (var (word, tag) in added) dictionary.Add(word, UserWordFrequency, tag);
        return new JiebaTagger(dictionary, _viterbi);
    }

    /// <summary>How often jieba's own dictionary has seen the word; 0 when it is not a word there (a word the HMM guessed).</summary>
    public static int Frequency(string word) => Base.FrequencyOf(word);

    internal int FrequencyOf(string word)
    {
        var dictionary = _dictionary;
        var node = dictionary.Find(word);
        return PrefixDictionary.IsNode(node) ? dictionary.Frequency(node) : 0;
    }

    /// <summary>
    /// Tags a sentence. With <paramref name="hmm"/>, jieba's HMM (which only ever reads runs of single
    /// characters the dictionary could not join) runs on just those runs that hold a character outside
    /// <paramref name="plainCharacters"/> (function words): unknown names, for less than an HMM cut.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Token> Tag(string text, int offset, bool hmm, IReadOnlySet<char> plainCharacters)
    {
        // The cut without the HMM goes to a list reused by the thread; the result is sized once: the
        // HMM only ever joins a run of one-character tokens, so it never makes more tokens than it reads.
        var tokens = t_cut ??= [];
        tokens.Clear();
        _tagger.Cut(text, 0, text.Length, false, offset, tokens);
        var result = new List<Token>(tokens.Count);
        if (!hmm)
        {
            result.AddRange(tokens);
            return result;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            while (end < tokens.Count && IsLoneHan(tokens[end])) end++;
            if (end - i < 2)
            {
                result.Add(tokens[i]);
                continue;
            }
            var from = tokens[i].Start - offset;
            var to = tokens[end - 1].End - offset;
            var plain = true;
            for (var k = from; k < to && plain; k++) plain = plainCharacters.Contains(text[k]);
            if (plain)
                for (var k = i; k < end; k++) result.Add(tokens[k]);
            else _tagger.Cut(text, from, to, true, offset, result);
            i = end - 1;
        }
        return result;
    }

    /// <summary>jieba's own cut of the whole text, offsets from 0.</summary>
    internal List<Token> Cut(string text, bool hmm)
    {
        var tokens = new List<Token>();
        _tagger.Cut(text, 0, text.Length, hmm, 0, tokens);
        return tokens;
    }

    private static bool IsLoneHan(Token token) => token.Word.Length == 1 && Scripts.Script.IsHan(token.Word[0]);
}
