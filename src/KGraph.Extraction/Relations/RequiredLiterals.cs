namespace KGraph.Extraction.Relations;

/// <summary>
/// Text every match of a pattern must contain, read conservatively from the pattern: literal runs
/// (escaped characters included), groups of plain alternatives (<c>(?:创办|创立)</c>), and for other groups
/// one piece of each alternative (<c>(?:成立于|成立(?:时间|日期))</c> needs 成立于 or 成立), wherever they
/// stand with no optional quantifier. Anything the reader does not understand is simply not required,
/// so a sentence lacking a required piece cannot match and its regex need not run (<see cref="LiteralFilter"/> asks).
/// </summary>
internal sealed partial class RequiredLiterals
{
    private const string Special = "\\[](){}?*+|^$.";
    private readonly List<string[]> _required = [];

    private RequiredLiterals()
    {
    }

    /// <summary>Each entry: one of these strings must occur.</summary>
    public IReadOnlyList<string[]> Required => _required;

    /// <summary>The requirements of <paramref name="pattern"/>; none when <paramref name="options"/> ignore case or whitespace.</summary>
    public static RequiredLiterals Of(string pattern, System.Text.RegularExpressions.RegexOptions options = System.Text.RegularExpressions.RegexOptions.None)
    {
        var result = new RequiredLiterals();
        const System.Text.RegularExpressions.RegexOptions changeText =
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.IgnorePatternWhitespace;
        if ((options & changeText) == 0) result._required.AddRange(Read(pattern));
        return result;
    }

    /// <summary>The requirements of a pattern with no top-level alternation; none when it sets options inline, holds a comment or cannot be read.</summary>
    private static List<string[]> Read(string pattern)
    {
        var result = new List<string[]>();
        // A comment ends at its first ')' whatever it holds, and a quantifier after it applies to the atom
        // before it (b(?#x)? is b?): patterns with comments are not read.
        if (pattern.Contains("(?#", StringComparison.Ordinal)) return result;
        var run = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            string[]? element = null;
            var joins = false;
            int next;
            if (c == '(')
            {
                next = ClosingParenthesis(pattern, i) + 1;
                if (next == 0) return [];
                var group = pattern[i..next];
                // (?i) or (?x) changes how everything after it matches.
                if (InlineOptions().IsMatch(group)) return [];
                element = GroupRequirement(group, out joins);
            }
            else if (c == '[')
            {
                next = ClosingBracket(pattern, i) + 1;
                if (next == 0) return [];
            }
            else if (c == '|') return [];
            else if (c == '\\')
            {
                next = EscapeEnd(pattern, i);
                if (EscapedCharacter(pattern.AsSpan(i, next - i)) is { } escaped)
                {
                    element = [escaped.ToString()];
                    joins = true;
                }
            }
            else if (Special.Contains(c, StringComparison.Ordinal)) next = i + 1;
            else
            {
                next = i + 1;
                element = [c.ToString()];
                joins = true;
            }
            var quantifierEnd = QuantifierEnd(pattern, next, out var optional);
            var required = element is not null && !optional;
            if (required && joins && quantifierEnd == next) run.Append(element![0]);
            else
            {
                Flush(result, run);
                // A quantified literal that must occur at least once still requires itself.
                if (required) Add(result, element!);
            }
            i = quantifierEnd;
        }
        Flush(result, run);
        return result;
    }

    private static void Flush(List<string[]> result, System.Text.StringBuilder run)
    {
        if (run.Length > 0) Add(result, [run.ToString()]);
        run.Clear();
    }

    /// <summary>Every sentence that reaches the rules holds entity markers: text made only of them filters nothing.</summary>
    private static void Add(List<string[]> result, string[] alternatives)
    {
        if (!alternatives.All(a => a.All(ch => ch is MarkedSentence.Open or MarkedSentence.Close))) result.Add(alternatives);
    }

    /// <summary>
    /// What a group (capturing, named or (?:…)) requires: its alternatives when all are plain text (a single
    /// plain alternative joins the literal run around it), else one requirement of each alternative, united.
    /// Null when some alternative requires nothing, and for lookarounds, atomic groups and scoped options.
    /// </summary>
    private static string[]? GroupRequirement(string group, out bool joins)
    {
        joins = false;
        string body;
        if (group.StartsWith("(?:", StringComparison.Ordinal)) body = group[3..^1];
        else if (group.StartsWith("(?<", StringComparison.Ordinal) && group.Length > 3 && group[3] is not '=' and not '!')
        {
            var close = group.IndexOf('>', StringComparison.Ordinal);
            if (close < 0) return null;
            body = group[(close + 1)..^1];
        }
        else if (group.Length > 1 && group[1] != '?') body = group[1..^1];
        else return null;
        var alternatives = SplitAlternatives(body);
        if (alternatives.All(a => a.Length > 0 && !a.Any(ch => Special.Contains(ch, StringComparison.Ordinal))))
        {
            joins = alternatives.Count == 1;
            return [.. alternatives];
        }
        var union = new List<string>();
        foreach (var alternative in alternatives)
        {
            // Of an alternative's requirements, the one whose shortest text is longest filters best.
            var best = Read(alternative).OrderByDescending(r => r.Min(a => a.Length)).ThenBy(r => r.Length).FirstOrDefault();
            if (best is null) return null;
            union.AddRange(best);
        }
        return [.. union.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A group body split at its own '|' (not those inside nested groups, classes or escapes).</summary>
    private static List<string> SplitAlternatives(string body)
    {
        var parts = new List<string>();
        var from = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClosingBracket(body, i);
                    if (i < 0) return [body];
                    break;
                case '(':
                    i = ClosingParenthesis(body, i);
                    if (i < 0) return [body];
                    break;
                case '|':
                    parts.Add(body[from..i]);
                    from = i + 1;
                    break;
            }
        }
        parts.Add(body[from..]);
        return parts;
    }

    /// <summary>The one character an escape stands for (\uE000, \x41, \( ), or null for classes and references (\d, \p{L}, \k&lt;a&gt;, \12).</summary>
    private static char? EscapedCharacter(ReadOnlySpan<char> escape)
    {
        var hex = System.Globalization.NumberStyles.AllowHexSpecifier;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (escape.Length == 6 && escape[1] == 'u' && ushort.TryParse(escape[2..], hex, invariant, out var unit)) return (char)unit;
        if (escape.Length == 4 && escape[1] == 'x' && byte.TryParse(escape[2..], hex, invariant, out var ascii)) return (char)ascii;
        return escape.Length == 2 && !char.IsLetterOrDigit(escape[1]) ? escape[1] : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(\?[imnsx-]+\)$")]
    private static partial System.Text.RegularExpressions.Regex InlineOptions();

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
