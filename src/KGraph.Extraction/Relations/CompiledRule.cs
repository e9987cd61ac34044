using System.Text.RegularExpressions;

namespace KGraph.Extraction.Relations;

/// <summary>A rule with its pattern turned into a regular expression and its slots' allowed types.</summary>
internal sealed record CompiledRule(RelationRule Rule, Regex Regex, IReadOnlyDictionary<string, IReadOnlyList<string>> SlotTypes)
{
    /// <summary>
    /// Sentences up to this long run on <see cref="Compiled"/>, which has no time limit (setting one up
    /// for each search cost a fifth of rule matching). Rule patterns are bounded, so a sentence of news
    /// length cannot keep them long; anything longer (a page with no full stop) runs on <see cref="Regex"/>,
    /// which gives up after its timeout.
    /// </summary>
    public const int MaxUnguardedLength = 2_000;

    /// <summary>
    /// A rule's first searches run on the interpreter: compiling a pattern to IL costs milliseconds, more
    /// than a short run (one article) spends matching it, and a rule that runs often is compiled soon enough.
    /// </summary>
    public const int InterpretedSearches = 32;

    private readonly System.Runtime.CompilerServices.StrongBox<int> _searches = new();

    /// <summary>The same pattern compiled to IL (several times faster), without a timeout; or null.</summary>
    public Lazy<Regex>? Compiled { get; init; }

    private readonly IReadOnlyDictionary<string, int> _slotMarkers = new Dictionary<string, int>();
    private readonly int _fromMarkers = ~0;
    private readonly int _toMarkers = ~0;

    /// <summary>The marker types (<see cref="MarkedSentence.CodeMask"/>) each slot's group can capture; a slot not listed may capture any.</summary>
    public IReadOnlyDictionary<string, int> SlotMarkers
    {
        get => _slotMarkers;
        init
        {
            _slotMarkers = value;
            _fromMarkers = value.TryGetValue(Rule.From, out var from) ? from : ~0;
            _toMarkers = value.TryGetValue(Rule.To, out var to) ? to : ~0;
        }
    }

    /// <summary>
    /// Whether the sentence holds a marker each slot the rule needs can capture (the subject, and the object
    /// of a relationship). Without one, every match leaves that slot empty and gives nothing, so the pattern need not run.
    /// </summary>
    public bool MayName(MarkedSentence sentence) => CanCapture(_fromMarkers, sentence) && (Rule.Property is not null || CanCapture(_toMarkers, sentence));

    private static bool CanCapture(int markers, MarkedSentence sentence) => markers == ~0 || (markers & sentence.Codes) != 0;

    /// <summary>Literal text any match contains: a sentence without it is not searched (<see cref="LiteralFilter"/>).</summary>
    public RequiredLiterals Required { get; } = RequiredLiterals.Of(Regex.ToString(), Regex.Options);

    /// <summary>
    /// The pattern's matches, lazily as Regex.Matches gives them. On .NET 10 the compiled matcher has
    /// thrown IndexOutOfRangeException on some of these patterns: then the interpreter, which finds the
    /// same matches, goes on from where it stopped.
    /// </summary>
    public IEnumerable<Match> Matches(string text) => IsMatch(text) ? AllMatches(text) : [];

    /// <summary>Most rules match no sentence: asking costs no allocation, unlike an empty MatchCollection.</summary>
    /// <summary>Whether this search runs compiled: short text, after the rule's first <see cref="InterpretedSearches"/>.</summary>
    private bool RunsCompiled(string text, bool count) =>
        Compiled is not null && text.Length <= MaxUnguardedLength
        && (count ? Interlocked.Increment(ref _searches.Value) : Volatile.Read(ref _searches.Value)) > InterpretedSearches;

    private bool IsMatch(string text)
    {
        if (!RunsCompiled(text, count: true)) return Regex.IsMatch(text);
        try
        {
            return Compiled!.Value.IsMatch(text);
        }
        catch (IndexOutOfRangeException)
        {
            return Regex.IsMatch(text);
        }
    }

    private IEnumerable<Match> AllMatches(string text)
    {
        var found = 0;
        if (RunsCompiled(text, count: false))
        {
            using var matches = ((IEnumerable<Match>)Compiled!.Value.Matches(text)).GetEnumerator();
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
