using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Learning.Relations;

/// <summary>
/// Finds the role words of a language's rule file (its <c>roles:</c> table) in a sentence, longest first and
/// not overlapping; English ones only as whole words, in any case.
/// </summary>
internal sealed class RoleFinder
{
    private readonly (string Word, string Type, string Role)[] _words;
    private readonly bool _english;

    public RoleFinder(RelationRuleFile file)
    {
        _english = file.Lang == "en";
        _words = [.. file.Roles
            .SelectMany(t => t.Value.Select(w => (Word: w.Key, Type: t.Key, Role: w.Value)))
            .OrderByDescending(w => w.Word.Length)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .ThenBy(w => w.Type, StringComparer.Ordinal)];
    }

    public List<RoleMention> Find(string text, int start, int end)
    {
        var found = new List<RoleMention>();
        var span = text.AsSpan(start, end - start);
        var comparison = _english ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var (word, type, role) in _words)
        {
            var from = 0;
            int at;
            while (from < span.Length && (at = span[from..].IndexOf(word, comparison)) >= 0)
            {
                var s = start + from + at;
                var e = s + word.Length;
                from += at + 1;
                if (_english && ((s > 0 && char.IsLetter(text[s - 1])) || (e < text.Length && char.IsLetter(text[e])))) continue;
                if (found.Exists(f => f.Start < e && s < f.End)) continue;
                found.Add(new RoleMention(s, e, type, role));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
