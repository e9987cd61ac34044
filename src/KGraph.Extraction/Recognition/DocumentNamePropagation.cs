namespace KGraph.Extraction.Recognition;

/// <summary>
/// A name recognised once in an article is that name everywhere in it: jieba may tag 周海洋 as a
/// name in one sentence and split it in the next, so later occurrences are filled in from earlier ones.
/// </summary>
internal static class DocumentNamePropagation
{
    public static List<MentionCandidate> Complete(string folded, List<MentionCandidate> mentions)
    {
        var covered = new bool[folded.Length];
        foreach (var mention in mentions)
            for (var i = mention.Start; i < mention.End; i++) covered[i] = true;
        var names = mentions
            .Where(m => !m.Weak && m.Length >= 2)
            .GroupBy(m => folded[m.Start..m.End], StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => m.Priority).First())
            .OrderByDescending(m => m.Length)
            .ThenBy(m => m.Start)
            .ToList();
        var added = new List<MentionCandidate>();
        foreach (var source in names)
        {
            var name = folded[source.Start..source.End];
            for (var at = folded.IndexOf(name, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (IsCovered(covered, at, end) || SplitsLatinWord(folded, at, end)) continue;
                for (var i = at; i < end; i++) covered[i] = true;
                added.Add(source with { Start = at, End = end, Priority = 1 });
            }
        }
        return [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    private static bool IsCovered(bool[] covered, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (covered[i]) return true;
        return false;
    }

    private static bool SplitsLatinWord(string text, int start, int end) =>
        (char.IsAsciiLetterOrDigit(text[start]) && start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        || (char.IsAsciiLetterOrDigit(text[end - 1]) && end < text.Length && char.IsAsciiLetterOrDigit(text[end]));
}
