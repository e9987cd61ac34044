using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// jieba.NET part-of-speech tagging with document offsets. jieba keeps one process-wide
/// dictionary, so there is one tagger; user words are added under a lock before any cutting,
/// and cutting itself is safe in parallel.
/// </summary>
internal sealed class JiebaTagger
{
    private static readonly Lazy<JiebaTagger> Shared = new(() => new JiebaTagger(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly JiebaSegmenter _segmenter;
    private readonly PosSegmenter _tagger;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);

    private JiebaTagger()
    {
        // NuGet does not copy jieba's dictionaries; the project file puts them in Resources/ beside us.
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        if (!File.Exists(Path.Combine(ConfigManager.ConfigFileBaseDir, "dict.txt")))
            throw new InvalidOperationException($"jieba dictionary not found in {ConfigManager.ConfigFileBaseDir}");
        _segmenter = new JiebaSegmenter();
        // Tags live on the segmenter instance the tagger is built on.
        _tagger = new PosSegmenter(_segmenter);
        // A missing or damaged dict.txt degrades jieba silently: fail loudly instead.
        if (!_segmenter.Cut("我们的公司在北京").Contains("北京"))
            throw new InvalidOperationException("jieba dictionary did not load: a known word does not segment");
    }

    public static JiebaTagger Instance => Shared.Value;

    /// <summary>Adds a word with a tag (nr, nt, ns, nz); words with spaces are skipped since jieba never matches them.</summary>
    public void AddWords(IEnumerable<(string Word, string Tag)> words)
    {
        lock (_gate)
        {
            foreach (var (word, tag) in words)
            {
                if (word.Length < 2 || word.Contains(' ', StringComparison.Ordinal) || !_added.Add(word)) continue;
                _segmenter.AddWord(word, 2000, tag);
            }
        }
    }

    /// <summary>How often jieba's dictionary has seen the word (0 when it is not in the dictionary).</summary>
    public static int Frequency(string word) => WordDictionary.Instance.GetFreqOrDefault(word);

    /// <summary>
    /// Tags a sentence. With <paramref name="hmm"/>, jieba's HMM (which only ever reads runs of single
    /// characters the dictionary could not join) runs on just those runs that hold a character outside
    /// <paramref name="plainCharacters"/> (function words): unknown names, for less than an HMM cut.
    /// </summary>
    public List<Token> Tag(string text, int offset, bool hmm, IReadOnlySet<char> plainCharacters)
    {
        var tokens = Cut(text, offset, false);
        if (!hmm) return tokens;
        var result = new List<Token>(tokens.Count);
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
            if (plain) result.AddRange(tokens.GetRange(i, end - i));
            else result.AddRange(Cut(text.Substring(from, to - from), offset + from, true));
            i = end - 1;
        }
        return result;
    }

    private static bool IsLoneHan(Token token) => token.Word.Length == 1 && Text.Script.IsHan(token.Word[0]);

    private List<Token> Cut(string text, int offset, bool hmm)
    {
        var tokens = new List<Token>();
        var position = 0;
        foreach (var pair in _tagger.Cut(text, hmm))
        {
            // jieba returns every character, but align by search so one odd character cannot shift all later offsets.
            var at = string.CompareOrdinal(text, position, pair.Word, 0, pair.Word.Length) == 0 ? position : text.IndexOf(pair.Word, position, StringComparison.Ordinal);
            if (at < 0 || pair.Word.Length == 0) continue;
            tokens.Add(new Token(offset + at, offset + at + pair.Word.Length, pair.Word, pair.Flag));
            position = at + pair.Word.Length;
        }
        return tokens;
    }
}
