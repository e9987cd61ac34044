namespace KGraph.Text;

/// <summary>
/// The "did you mean" of every message that names a mistyped word (a YAML key, a command, an option,
/// a relationship type): the candidate fewest edits away, case aside, when it is close enough to be
/// the one meant (at most a third of the word's letters, at least one).
/// </summary>
public static class ClosestName
{
    /// <summary>The closest candidate as written in <paramref name="candidates"/> (the first of equals), or null.</summary>
    public static string? Among(string given, IEnumerable<string> candidates)
    {
        var wanted = given.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(wanted, candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return bestDistance <= Math.Max(1, given.Length / 3) ? best : null;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int EditDistance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                // A swapped pair of letters (nmae → name, biuld → build) counts as one edit.
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
