namespace KGraph.Extraction.Recognition;

/// <summary>
/// Cue words looked for right after or right before a name, ignoring case. Only words that have case are
/// compared ignoring it: for Han words that is the same as comparing exactly, which is several times faster
/// on Han text (a comparison ignoring case falls back to a slow path on any character outside ASCII).
/// </summary>
internal sealed class CueWords(IEnumerable<string> words)
{
    private readonly (string Word, StringComparison Comparison)[] _words =
        [.. words.Select(w => (w, Scripts.Script.IsAllHan(w) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))];

    /// <summary>Whether one of the words starts at <paramref name="end"/>.</summary>
    public bool Follow(string text, int end)
    {
        foreach (var (word, comparison) in _words)
            if (text.AsSpan(end).StartsWith(word, comparison)) return true;
        return false;
    }

    /// <summary>Whether one of the words ends at <paramref name="start"/>.</summary>
    public bool Precede(string text, int start)
    {
        foreach (var (word, comparison) in _words)
            if (start >= word.Length && text.AsSpan(start - word.Length, word.Length).Equals(word, comparison)) return true;
        return false;
    }
}
