using System.Text.RegularExpressions;

namespace KGraph.Extraction.Relations;

/// <summary>A rule with its pattern turned into a regular expression and its slots' allowed types.</summary>
internal sealed record CompiledRule(RelationRule Rule, Regex Regex, IReadOnlyDictionary<string, IReadOnlyList<string>> SlotTypes)
{
    /// <summary>The same pattern compiled to IL (several times faster), or null.</summary>
    public Lazy<Regex>? Compiled { get; init; }

    /// <summary>
    /// The pattern's matches, lazily as Regex.Matches gives them. On .NET 10 the compiled matcher has
    /// thrown IndexOutOfRangeException on some of these patterns: then the interpreter, which finds the
    /// same matches, goes on from where it stopped.
    /// </summary>
    /// <summary>Literal text any match contains: a sentence without it is not searched.</summary>
    public RequiredLiterals Required { get; } = RequiredLiterals.Of(Regex.ToString());

    public IEnumerable<Match> Matches(string text) => Required.MayMatch(text) && IsMatch(text) ? AllMatches(text) : [];

    /// <summary>Most rules match no sentence: asking costs no allocation, unlike an empty MatchCollection.</summary>
    private bool IsMatch(string text)
    {
        if (Compiled is null) return Regex.IsMatch(text);
        try
        {
            return Compiled.Value.IsMatch(text);
        }
        catch (IndexOutOfRangeException)
        {
            return Regex.IsMatch(text);
        }
    }

    private IEnumerable<Match> AllMatches(string text)
    {
        var found = 0;
        if (Compiled is not null)
        {
            using var matches = ((IEnumerable<Match>)Compiled.Value.Matches(text)).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!matches.MoveNext()) yield break;
                }
                catch (IndexOutOfRangeException)
                {
                    break;
                }
                found++;
                yield return matches.Current;
            }
        }
        foreach (var match in Regex.Matches(text).Skip(found)) yield return match;
    }
}
