namespace KGraph.Extraction.Relations;

/// <summary>
/// Text every match of a pattern must contain, read conservatively from the pattern: literal runs
/// and groups of plain literal alternatives (<c>(?:创办|创立)</c>) that stand at the top level with
/// no optional quantifier. Anything the reader does not understand is simply not required, so a
/// sentence lacking a required piece cannot match and its regex need not run.
/// </summary>
internal sealed class RequiredLiterals
{
    private const string Special = "\\[](){}?*+|^$.";
    private readonly List<string[]> _required = [];

    private RequiredLiterals()
    {
    }

    /// <summary>Each entry: one of these strings must occur.</summary>
    public IReadOnlyList<string[]> Required => _required;

    public bool MayMatch(string text)
    {
        foreach (var alternatives in _required)
        {
            var found = false;
            foreach (var alternative in alternatives)
                if (text.Contains(alternative, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            if (!found) return false;
        }
        return true;
    }

    public static RequiredLiterals Of(string pattern)
    {
        var result = new RequiredLiterals();
        // Options written in the pattern (ignore case…) or a top-level alternation (below): require nothing.
        if (pattern.Contains("(?i", StringComparison.Ordinal) || pattern.Contains("(?x", StringComparison.Ordinal)) return result;
        var run = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            string[]? element = null;
            int next;
            if (c == '(')
            {
                next = ClosingParenthesis(pattern, i) + 1;
                if (next == 0) return new RequiredLiterals();
                element = LiteralAlternatives(pattern[i..next]);
            }
            else if (c == '[')
            {
                next = ClosingBracket(pattern, i) + 1;
                if (next == 0) return new RequiredLiterals();
            }
            else if (c == '|') return new RequiredLiterals();
            else if (c == '\\') next = EscapeEnd(pattern, i);
            else if (Special.Contains(c, StringComparison.Ordinal)) next = i + 1;
            else
            {
                next = i + 1;
                element = [c.ToString()];
            }
            var quantifierEnd = QuantifierEnd(pattern, next, out var optional);
            var required = element is not null && !optional;
            if (required && element!.Length == 1 && quantifierEnd == next) run.Append(element[0]);
            else
            {
                Flush(result, run);
                // A quantified literal that must occur at least once still requires itself.
                if (required) result._required.Add(element!);
            }
            i = quantifierEnd;
        }
        Flush(result, run);
        return result;
    }

    private static void Flush(RequiredLiterals result, System.Text.StringBuilder run)
    {
        if (run.Length > 0) result._required.Add([run.ToString()]);
        run.Clear();
    }

    /// <summary>"(?:a|bc)" or "(?&lt;name&gt;a|bc)" with only plain characters inside: its alternatives; otherwise null.</summary>
    private static string[]? LiteralAlternatives(string group)
    {
        string body;
        if (group.StartsWith("(?:", StringComparison.Ordinal)) body = group[3..^1];
        else if (group.StartsWith("(?<", StringComparison.Ordinal) && group.Length > 3 && group[3] is not '=' and not '!')
        {
            var close = group.IndexOf('>', StringComparison.Ordinal);
            if (close < 0) return null;
            body = group[(close + 1)..^1];
        }
        else return null;
        var alternatives = body.Split('|');
        return alternatives.All(a => a.Length > 0 && !a.Any(ch => Special.Contains(ch, StringComparison.Ordinal))) ? alternatives : null;
    }

    /// <summary>Where a quantifier after position <paramref name="at"/> ends (at itself when there is none); optional when it allows zero.</summary>
    private static int QuantifierEnd(string pattern, int at, out bool optional)
    {
        optional = false;
        if (at >= pattern.Length) return at;
        var end = at;
        switch (pattern[at])
        {
            case '?' or '*':
                optional = true;
                end = at + 1;
                break;
            case '+':
                end = at + 1;
                break;
            case '{':
                var close = pattern.IndexOf('}', at);
                if (close < 0) return at;
                var inside = pattern[(at + 1)..close];
                var lower = inside.Split(',')[0];
                if (lower.Length == 0 || !lower.All(char.IsAsciiDigit)) return at;
                optional = int.Parse(lower, System.Globalization.CultureInfo.InvariantCulture) == 0;
                end = close + 1;
                break;
            default:
                return at;
        }
        // Lazy or possessive marks change nothing about how often.
        if (end < pattern.Length && pattern[end] is '?' or '+') end++;
        return end;
    }

    /// <summary>The end of an escape: \\p{L}, \\uFFFF, \\x41, \\cC, \\k&lt;name&gt;, \\12 are longer than two characters.</summary>
    private static int EscapeEnd(string pattern, int at)
    {
        if (at + 1 >= pattern.Length) return pattern.Length;
        var c = pattern[at + 1];
        int close;
        switch (c)
        {
            case 'p' or 'P' when at + 2 < pattern.Length && pattern[at + 2] == '{':
                close = pattern.IndexOf('}', at);
                return close < 0 ? pattern.Length : close + 1;
            case 'k' when at + 2 < pattern.Length && pattern[at + 2] is '<' or '\'':
                close = pattern.IndexOfAny(['>', '\''], at + 3);
                return close < 0 ? pattern.Length : close + 1;
            case 'u':
                return Math.Min(pattern.Length, at + 6);
            case 'x':
                return Math.Min(pattern.Length, at + 4);
            case 'c':
                return Math.Min(pattern.Length, at + 3);
            case >= '0' and <= '9':
                var end = at + 1;
                while (end < pattern.Length && char.IsAsciiDigit(pattern[end])) end++;
                return end;
            default:
                return at + 2;
        }
    }

    private static int ClosingParenthesis(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClosingBracket(pattern, i);
                    if (i < 0) return -1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0) return i;
                    break;
            }
        }
        return -1;
    }

    /// <summary>The ']' closing a character class (a ']' right after '[' or '[^' is literal).</summary>
    private static int ClosingBracket(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == ']') return i;
        }
        return -1;
    }
}
