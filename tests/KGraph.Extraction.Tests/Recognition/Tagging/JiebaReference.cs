using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using KGraph.Extraction.Recognition;

namespace KGraph.Extraction.Tests.Recognition.Tagging;

/// <summary>
/// jieba.NET's PosSegmenter, the tagger ours replaces, with the same user words as <see cref="Ours"/>.
/// jieba.NET keeps one dictionary per process, so only this fixture may use it.
/// </summary>
public sealed class JiebaReference
{
    /// <summary>User words both taggers get: unknown names, a traditional spelling, Latin, and words jieba already has (re-tagged).</summary>
    public static readonly (string Word, string Tag)[] UserWords =
    [
        ("山姆·奥特曼", "nr"), ("xAI", "nt"), ("OpenAI", "nt"), ("微软", "nt"), ("微軟", "nt"), ("特斯拉", "nt"),
        ("張一鳴", "nr"), ("张一鸣", "nr"), ("深度求索", "nt"), ("北京", "ns"), ("Grok-1", "nz"), ("艾克美", "nt"),
        ("马斯克", "nr"), ("谷歌", "nt"), ("字节跳动", "nt"), ("Anthropic", "nt"), ("邝振宇", "nr"),
    ];

    private readonly PosSegmenter _segmenter;

    public JiebaReference()
    {
        ConfigManager.ConfigFileBaseDir = JiebaTagger.DefaultDirectory;
        var segmenter = new JiebaSegmenter();
        _segmenter = new PosSegmenter(segmenter);
        foreach (var (word, tag) in UserWords) segmenter.AddWord(word, 2000, tag);
        Ours = new JiebaTagger(JiebaTagger.DefaultDirectory).WithWords(UserWords);
    }

    internal JiebaTagger Ours { get; }

    /// <summary>"word/tag" for each token of jieba.NET's cut.</summary>
    public string[] Cut(string text, bool hmm) => [.. _segmenter.Cut(text, hmm).Select(p => $"{p.Word}/{p.Flag}")];

    /// <summary>jieba.NET's frequency of a dictionary word; 0 outside the dictionary (jieba itself answers 1 there).</summary>
    public static int Frequency(string word) => WordDictionary.Instance.ContainsWord(word) ? WordDictionary.Instance.GetFreqOrDefault(word) : 0;

    /// <summary>What JiebaTagger.Tag did over jieba.NET: cut without the HMM, then re-cut runs of lone Han characters holding a non-plain one.</summary>
    public string[] Tag(string text, IReadOnlySet<char> plainCharacters)
    {
        var tokens = Positioned(text, 0, false);
        var result = new List<(int Start, string Word, string Tag)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            while (end < tokens.Count && tokens[end].Word.Length == 1 && KGraph.Extraction.Scripts.Script.IsHan(tokens[end].Word[0])) end++;
            if (end - i < 2)
            {
                result.Add(tokens[i]);
                continue;
            }
            var from = tokens[i].Start;
            var to = tokens[end - 1].Start + 1;
            if (text[from..to].All(plainCharacters.Contains)) result.AddRange(tokens.GetRange(i, end - i));
            else result.AddRange(Positioned(text[from..to], from, true));
            i = end - 1;
        }
        return [.. result.Select(t => $"{t.Start}:{t.Word}/{t.Tag}")];
    }

    private List<(int Start, string Word, string Tag)> Positioned(string text, int offset, bool hmm)
    {
        var position = 0;
        var tokens = new List<(int, string, string)>();
        foreach (var pair in _segmenter.Cut(text, hmm))
        {
            tokens.Add((offset + position, pair.Word, pair.Flag));
            position += pair.Word.Length;
        }
        return tokens;
    }
}
