using Icu;

namespace KGraph.Extraction.Text;

/// <summary>
/// Traditional → simplified Chinese with the system's ICU (張一鳴 → 张一鸣, 微軟 → 微软), so that
/// names and cue words match in either script. ICU maps these one character to one, which keeps
/// offsets valid; any stretch it would lengthen or shorten is left as it was. ICU's rules have
/// context (著 alone becomes 着, in 著名 it stays), so whole texts are transliterated; ICU
/// transliterators are not thread-safe, so each thread has its own rather than queueing on a lock.
/// </summary>
public sealed class IcuTraditionalFolder : IScriptFolder, IDisposable
{
    private const string TransformId = "Traditional-Simplified";
    private readonly ThreadLocal<Transliterator> _transliterator = new(() => Transliterator.CreateInstance(TransformId), trackAllValues: true);

    private IcuTraditionalFolder(Transliterator first) => _transliterator.Value = first;

    /// <summary>The folder, or null (with the reason) when no usable ICU library is installed.</summary>
    public static IcuTraditionalFolder? TryCreate(out string? problem)
    {
        try
        {
            Wrapper.Init();
            problem = null;
            return new IcuTraditionalFolder(Transliterator.CreateInstance(TransformId));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or InvalidOperationException or ArgumentException)
        {
            problem = "ICU not available; traditional Chinese is matched as written: " + e.Message;
            return null;
        }
    }

    public string Fold(string text)
    {
        if (!text.Any(Script.IsHan)) return text;
        var folded = _transliterator.Value!.Transliterate(text);
        return folded.Length == text.Length ? folded : FoldCharByChar(text);
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
