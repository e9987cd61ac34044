namespace KGraph.Extraction.Recognition;

/// <summary>
/// Bylines: （记者某某）, 实习生某某: a common surname and one or two more characters right after a
/// byline word and right before punctuation or the end of the text is the writer's name.
/// </summary>
internal sealed class BylinePersons(NameCueLexicon names, RecognitionLexicon lexicon)
{
    private readonly string[] _cues = [.. names.BylineCuesZh.OrderByDescending(c => c.Length)];
    private readonly HashSet<string> _surnames = new(lexicon.CommonSurnames, StringComparer.Ordinal);

    /// <summary>Adds what it finds to <paramref name="found"/> (one list for all the finders of a sentence).</summary>
    public void Find(string text, int from, int to, List<MentionCandidate> found)
    {
        foreach (var cue in _cues)
        {
            for (var at = text.IndexOf(cue, from, to - from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, to - at - 1,
                StringComparison.Ordinal))
            {
                var start = at + cue.Length;
                var end = start;
                while (end < to && Scripts.Script.IsHan(text[end])) end++;
                if (end - start is < 2 or > 3 || (end < to && !char.IsPunctuation(text[end]) && !char.IsWhiteSpace(text[end]))) continue;
                var name = text[start..end];
                if (!_surnames.Contains(name[..1]) && !(name.Length == 3 && _surnames.Contains(name[..2]))) continue;
                found.Add(new MentionCandidate(start, end, EntityTypes.Person, name, null, Priority: 2));
                if (at + 1 >= to) break;
            }
        }
    }
}
