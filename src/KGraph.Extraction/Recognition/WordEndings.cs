namespace KGraph.Extraction.Recognition;

/// <summary>
/// A list of word endings tested against every token: a word whose last character ends none of them is
/// answered from a bit set, without comparing it to each ending.
/// </summary>
internal sealed class WordEndings
{
    private readonly string[] _endings;
    private readonly Scripts.CharSet _lastCharacters;
    private readonly bool _hasEmpty;

    public WordEndings(IEnumerable<string> endings)
    {
        _endings = [.. endings];
        _lastCharacters = Scripts.CharSet.LastOf(_endings);
        _hasEmpty = _endings.Any(e => e.Length == 0);
    }

    /// <summary>Whether <paramref name="word"/> ends with one of the endings (or is one).</summary>
    public bool End(ReadOnlySpan<char> word)
    {
        if (!MayEnd(word)) return false;
        foreach (var e in _endings)
            if (word.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="word"/> ends with one of the endings and has more before it.</summary>
    public bool EndLongerWord(ReadOnlySpan<char> word)
    {
        if (!MayEnd(word)) return false;
        foreach (var e in _endings)
            if (word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool MayEnd(ReadOnlySpan<char> word) => _hasEmpty || (word.Length > 0 && _lastCharacters.Contains(word[^1]));
}
