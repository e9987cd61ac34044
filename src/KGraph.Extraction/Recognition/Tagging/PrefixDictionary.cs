using System.Runtime.CompilerServices;
namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// jieba's word list as a character trie: every word and every prefix of a word is a node; a node
/// is a word when its frequency is above zero. Tags are kept apart from frequencies, as in jieba: a
/// word of the list keeps its tag even with frequency zero, and a word added without a tag has none.
/// Reads are lock-free; words are added to a fresh <see cref="Clone"/> before any cutting from it (see <see cref="JiebaTagger"/>).
/// </summary>
internal sealed class PrefixDictionary
{
    private const int NoNode = 0;
    private const double NotAWord = -1;
    private int[] _rootChildren = new int[char.MaxValue + 1];
    private ChildTable _children = new();
    private List<string> _tagNames = [];
    private Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    // One 16-byte record per node: what the route reads of a node it passes (log frequency, whether a longer
    // word goes on) and of a word it keeps (tag) share a cache line, which matters since the other stages
    // evict the dictionary between sentences. (jieba's list comes grouped by first character, so a node
    // and its children are numbered near each other.)
    private NodeInfo[] _nodes = new NodeInfo[700_000];
    private string?[] _words = new string?[700_000];
    private int _count = 1; // node 0 is the root

    /// <summary>Sum of all word frequencies, in the order jieba adds them (so its logarithm is bit-identical).</summary>
    public double Total { get; private set; }

    public double LogTotal { get; private set; }

    public static PrefixDictionary Load(string path)
    {
        var dictionary = new PrefixDictionary();
        var lines = File.ReadAllLines(path);
        // The one-character nodes first, side by side: the route reads one at every position of the text.
        foreach (var line in lines)
            if (line.IndexOf(' ', StringComparison.Ordinal) is > 0 and var first && line.IndexOf(' ', first + 1) > 0) dictionary.Insert(line.AsSpan(0, 1));
        foreach (var line in lines)
        {
            // "word frequency tag"; jieba's own list always has all three.
            var first = line.IndexOf(' ', StringComparison.Ordinal);
            var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
            if (second < 0) continue;
            var node = dictionary.Insert(line.AsSpan(0, first));
            var frequency = int.Parse(line.AsSpan(first + 1, second - first - 1), System.Globalization.CultureInfo.InvariantCulture);
            dictionary.SetFrequency(node, frequency);
            dictionary.Total += frequency;
            var tagEnd = line.IndexOf(' ', second + 1);
            dictionary._nodes[node].Tag = dictionary.TagId(tagEnd < 0 ? line[(second + 1)..] : line[(second + 1)..tagEnd]);
        }
        dictionary.LogTotal = Math.Log(dictionary.Total);
        return dictionary;
    }

    /// <summary>A copy to add words to while this one stays as it is (and may be cut from in parallel).</summary>
    public PrefixDictionary Clone() => new()
    {
        _rootChildren = (int[])_rootChildren.Clone(),
        _children = _children.Clone(),
        _tagNames = [.. _tagNames],
        _tagIds = new Dictionary<string, int>(_tagIds, StringComparer.Ordinal),
        _nodes = (NodeInfo[])_nodes.Clone(),
        _words = (string?[])_words.Clone(),
        _count = _count,
        Total = Total,
        LogTotal = LogTotal,
    };

    /// <summary>Adds or replaces a word: its frequency replaces the old one in the total; a tag replaces the old tag.</summary>
    public void Add(string word, int frequency, string? tag)
    {
        var node = Insert(word);
        if (_nodes[node].Frequency > 0) Total -= _nodes[node].Frequency;
        SetFrequency(node, frequency);
        Total += frequency;
        LogTotal = Math.Log(Total);
        if (!string.IsNullOrEmpty(tag)) _nodes[node].Tag = TagId(tag);
    }

    /// <summary>The child of a node for a character, or <see cref="NoNode"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == NoNode) return _rootChildren[c];
        // Many walks end on a word nothing extends: its record, just read for its frequency, spares a probe of the big table.
        if (!_nodes[node].HasChildren) return NoNode;
        return _children.Get(node, c);
    }

    public static bool IsNode(int node) => node != NoNode;

    public int Frequency(int node) => _nodes[node].Frequency;

    /// <summary>log(frequency) for a word, jieba's score of a DAG edge before the total; below 0 (NotAWord) when the node is not a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double WordLogFrequency(int node) => _nodes[node].LogFrequency;

    /// <summary>The word a node spells, made once from the text it was found in and then shared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Word(int node, string text, int start, int end)
    {
        var words = _words;
        return (uint)node < (uint)words.Length ? words[node] ??= text[start..end] : text[start..end];
    }

    /// <summary>The word's tag, or null when it has none.</summary>
    public string? Tag(int node) => _nodes[node].Tag == 0 ? null : _tagNames[_nodes[node].Tag - 1];

    /// <summary>The node spelling the text exactly, or <see cref="NoNode"/>.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        var node = NoNode;
        foreach (var c in text)
        {
            node = Child(node, c);
            if (node == NoNode) return NoNode;
        }
        return node;
    }

    private int Insert(ReadOnlySpan<char> word)
    {
        var node = NoNode;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child == NoNode)
            {
                child = NewNode();
                if (node == NoNode) _rootChildren[c] = child;
                else
                {
                    _nodes[node].HasChildren = true;
                    _children.Set(node, c, child);
                }
            }
            node = child;
        }
        return node;
    }

    private int NewNode()
    {
        if (_count == _nodes.Length)
        {
            // Array.Resize publishes a complete copy: a reader sees the old array or the new one.
            Array.Resize(ref _nodes, _count * 2);
            Array.Resize(ref _words, _count * 2);
        }
        _nodes[_count].LogFrequency = NotAWord;
        return _count++;
    }

    private void SetFrequency(int node, int frequency)
    {
        _nodes[node].Frequency = frequency;
        _nodes[node].LogFrequency = frequency > 0 ? Math.Log(frequency) : NotAWord;
    }

    private ushort TagId(string tag)
    {
        if (_tagIds.TryGetValue(tag, out var id)) return (ushort)id;
        if (_tagNames.Count == ushort.MaxValue) throw new InvalidOperationException($"more than {ushort.MaxValue - 1:N0} part-of-speech tags");
        _tagNames.Add(tag);
        return (ushort)(_tagIds[tag] = _tagNames.Count);
    }

    private struct NodeInfo
    {
        public double LogFrequency; // NotAWord for a node that is not a word
        public int Frequency;
        public ushort Tag; // 0 none, else index + 1 into the tag names
        public bool HasChildren;
    }
}
