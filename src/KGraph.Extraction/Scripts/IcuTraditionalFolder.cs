using Icu;

namespace KGraph.Extraction.Scripts;

/// <summary>
/// Traditional → simplified Chinese with the system's ICU (張一鳴 → 张一鸣, 微軟 → 微软), so that
/// names and cue words match in either script. ICU maps these one character to one, which keeps
/// offsets valid; any stretch it would lengthen or shorten is left as it was. ICU is slow (under a
/// million characters a second) and most news text needs nothing, so ICU is asked only where its
/// answer can differ from the text: ICU's rules in this direction map single characters, or whole
/// phrases of Han characters (著名 keeps the 著 that alone becomes 着; 巡察 becomes 巡查 although
/// neither character changes alone). A run of Han characters goes to ICU when a character in it
/// changes alone or it holds such a phrase (icu-traditional-phrases.txt, checked against the
/// installed ICU at start-up); other characters are looked up one by one. Anything that would
/// change length sends the whole text to ICU as before. Each thread has its own transliterator
/// (they are not thread-safe).
/// </summary>
public sealed class IcuTraditionalFolder : IScriptFolder, IDisposable
{
    private const string TransformId = "Traditional-Simplified";
    private readonly ThreadLocal<Transliterator> _transliterator = new(() => Transliterator.CreateInstance(TransformId), trackAllValues: true);

    private readonly int[] _map = new int[char.MaxValue + 1]; // 0 not asked yet, -1 not one character, else character + 1
    private readonly Dictionary<char, string[]> _phrasesByFirst = [];

    private IcuTraditionalFolder(Transliterator first)
    {
        _transliterator.Value = first;
        using var stream = typeof(IcuTraditionalFolder).Assembly.GetManifestResourceStream("KGraph.Extraction.Scripts.icu-traditional-phrases.txt")!;
        using var reader = new StreamReader(stream);
        var phrases = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            // Only phrases of characters that do not change alone matter: any other phrase has a changing character that sends its run to ICU.
            if (line.Length < 2 || line[0] == '#' || !line.All(c => MapOf(c) == c)) continue;
            if (first.Transliterate(line) != line) phrases.Add(line);
        }
        foreach (var group in phrases.GroupBy(p => p[0])) _phrasesByFirst[group.Key] = [.. group];
    }

    /// <summary>The folder, or null (with the reason) when no usable ICU library is installed.</summary>
    public static IcuTraditionalFolder? TryCreate(out string? problem)
    {
        try
        {
            Wrapper.Init();
            problem = null;
            return new IcuTraditionalFolder(Transliterator.CreateInstance(TransformId));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or InvalidOperationException
            or ArgumentException)
        {
            problem = "ICU not available; traditional Chinese is matched as written: " + e.Message;
            return null;
        }
    }

    public string Fold(string text)
    {
        if (!text.Any(Script.IsHan)) return text;
        char[]? chars = null;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            var end = i + 1;
            string? folded = null;
            if (Script.IsHan(c))
            {
                while (end < text.Length && Script.IsHan(text[end])) end++;
                if (RunNeedsIcu(text, i, end)) folded = _transliterator.Value!.Transliterate(text[i..end]);
            }
            else if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
                folded = _transliterator.Value!.Transliterate(text.Substring(i, ++end - i));
            else if (char.IsSurrogate(c)) return FoldWhole(text);
            else
            {
                var mapped = MapOf(c);
                if (mapped < 0) return FoldWhole(text);
                if (mapped != c) folded = ((char)mapped).ToString();
            }
            if (folded is not null)
            {
                if (folded.Length != end - i) return FoldWhole(text);
                if (!folded.AsSpan().SequenceEqual(text.AsSpan(i, end - i)))
                    folded.CopyTo(0, chars ??= text.ToCharArray(), i, folded.Length);
            }
            i = end;
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>What ICU makes of the whole text at once: the way for text whose length it would change, and the reference in tests.</summary>
    internal string FoldWhole(string text)
    {
        if (!text.Any(Script.IsHan)) return text;
        var folded = _transliterator.Value!.Transliterate(text);
        return folded.Length == text.Length ? folded : FoldCharByChar(text);
    }

    private bool RunNeedsIcu(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (MapOf(text[i]) != text[i]) return true;
            if (!_phrasesByFirst.TryGetValue(text[i], out var phrases)) continue;
            foreach (var phrase in phrases)
                if (phrase.Length <= end - i && text.AsSpan(i, phrase.Length).SequenceEqual(phrase)) return true;
        }
        return false;
    }

    /// <summary>ICU's answer for one character alone, asked once: the character, or -1 when ICU makes it longer or shorter.</summary>
    private int MapOf(char c)
    {
        var known = _map[c]; // an int is written whole: a racing reader sees the answer or asks ICU again
        if (known != 0) return known < 0 ? -1 : known - 1;
        var one = _transliterator.Value!.Transliterate(c.ToString());
        _map[c] = one.Length == 1 ? one[0] + 1 : -1;
        return one.Length == 1 ? one[0] : -1;
    }

    private string FoldCharByChar(string text)
    {
        var chars = text.ToCharArray();
        var transliterator = _transliterator.Value!;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!Script.IsHan(chars[i])) continue;
            var one = transliterator.Transliterate(chars[i].ToString());
            if (one.Length == 1) chars[i] = one[0];
        }
        return new string(chars);
    }

    public void Dispose()
    {
        foreach (var transliterator in _transliterator.Values) transliterator.Dispose();
        _transliterator.Dispose();
    }
}
