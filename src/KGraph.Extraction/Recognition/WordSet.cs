namespace KGraph.Extraction.Recognition;

/// <summary>
/// A set of words tested against every token: a word whose first character starts none of them is turned
/// away by a bit set before its hash is computed.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly Scripts.CharSet _firstCharacters;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _firstCharacters = Scripts.CharSet.FirstOf(_words);
    }

    public bool Contains(string word) => (word.Length == 0 || _firstCharacters.Contains(word[0])) && _words.Contains(word);
}
