using System.Text;
using System.Text.RegularExpressions;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Rules;

namespace KGraph.Extraction.Relations;

/// <summary>The compiled rules of one language, with its negation and hedging cues, role words and dated types.</summary>
internal sealed partial class RelationRuleSet
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // Compiling costs milliseconds per pattern: once per process, and only for rules that ever run.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Regex>> CompiledPatterns = new(StringComparer.Ordinal);

    private RelationRuleSet(RelationRuleFile file, IReadOnlyList<CompiledRule> rules)
    {
        File = file;
        Rules = rules;
        Literals = new LiteralFilter([.. rules.Select(r => r.Required)]);
        RoleNames = file.Roles.Values.SelectMany(r => r).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Value,
            StringComparer.OrdinalIgnoreCase);
        var anyRole = string.Join("|", RoleNames.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        // A plain list (、B / 和B / and B), or 及(其)ROLE B where 其 is the marker of the entity before.
        var marker = $"{MarkedSentence.Open}[A-Z]\\d+{MarkedSentence.Close}";
        // Anchored where a slot ends and bounded: compiled, with no timeout to set up on every call.
        ListContinuation = new Regex(
            $@"\G(?:(?:、|和|以及|,? and |,? & )|及(?:{marker})?(?:的)?(?:{anyRole})?[ ,，]?){MarkedSentence.Open}([A-Z])(\d+){MarkedSentence.Close}",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Negation = [.. file.Negation];
        Hedging = [.. file.Hedging];
    }

    public RelationRuleFile File { get; }
    public IReadOnlyList<CompiledRule> Rules { get; }
    /// <summary>The rules' required literals (rule i is <see cref="Rules"/>[i]), found in a sentence at once.</summary>
    public LiteralFilter Literals { get; }
    /// <summary>Role word → role written out (首席执行官 → CEO).</summary>
    public IReadOnlyDictionary<string, string> RoleNames { get; }
    /// <summary>What may follow a slot to add list members: 、B / 和B / 及其首席执行官B.</summary>
    public Regex ListContinuation { get; }
    public string[] Negation { get; }
    public string[] Hedging { get; }

    public static RelationRuleSet Load(string lang, string? overrideDirectory)
    {
        var fileName = $"relations.{lang}.yaml";
        var file = RuleFiles.Load<RelationRuleFile>(fileName, overrideDirectory);
        var compiled = file.Rules.Select(rule => Compile(fileName, file, rule)).ToList();
        var duplicate = file.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"{fileName}: rule id {duplicate.Key} is used twice");
        return new RelationRuleSet(file, compiled);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static CompiledRule Compile(string fileName, RelationRuleFile file, RelationRule rule)
    {
        var slotTypes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var slotCodes = new Dictionary<string, (string Codes, int Uses)>(StringComparer.Ordinal);
        string Expand(Match macro)
        {
            var name = macro.Groups[1].Value;
            var argument = macro.Groups[2].Success ? macro.Groups[2].Value : null;
            switch (name)
            {
                case "gap": return $"[^{MarkedSentence.Open}{MarkedSentence.Close}。！？；]{{{Range(argument)}}}?";
                case "skip": return $"[^。！？；]{{{Range(argument)}}}?";
                // Like skip, but naming no person: the person slot before it is the last one named.
                case "others": return $"(?:(?!{MarkedSentence.Open}{EntityTypes.Code(EntityTypes.Person)})[^。！？；]){{{Range(argument)}}}?";
                case "role":
                    if (argument is null || !file.Roles.TryGetValue(argument, out var roles))
                        throw new InvalidDataException($"{fileName}: rule {rule.Id}: no roles listed for {argument}");
                    // English titles are capitalised before names (HHS Secretary Louis Sullivan): match them in any case.
                    var alternatives = string.Join("|",
                        roles.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
                    return file.Lang == "zh" ? $"(?<role>{alternatives})" : $"(?<role>(?i:{alternatives}))";
                case "amount":
                    return file.Lang == "zh"
                    ? @"(?<amount>\d+(?:\.\d+)?\s*(?:万亿|亿|千万|百万|十万|万|千)?\s*(?:美元|美金|元|人民币|欧元|英镑|港元|港币|日元))"
                    : @"(?<amount>(?:US)?[$€£]\s?\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|bn|m)\b)?" +
                        @"|\d+(?:[.,]\d+)*\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|yuan))";
                case "number": return @"(?<number>\d+(?:\.\d+)?\s*(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百|\s?(?:million|billion|trillion))?)";
                case "date":
                    return file.Lang == "zh"
                    ? @"(?<date>\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?|\d{4}-\d{1,2}-\d{1,2}(?!\d))"
                    : @"(?<date>(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?\d{4})";
            }
            // {a:Person!}: only names already known to be people; without '!', untyped names fit too and the rule types them.
            var strict = argument?.EndsWith('!') == true;
            var types = (argument?.TrimEnd('!') ?? "Person|Organization|Product|Place").Split('|');
            if (types.FirstOrDefault(t => t is not (EntityTypes.Person or EntityTypes.Organization or EntityTypes.Product or EntityTypes.Place)) is { } unknown)
                throw new InvalidDataException($"{fileName}: rule {rule.Id}: slot {{{name}:{argument}}} names '{unknown}', " +
                    "not one of Person, Organization, Product, Place ('!' goes once, at the end)");
            slotTypes[name] = types;
            var codes = new StringBuilder();
            foreach (var type in types) codes.Append(EntityTypes.Code(type));
            if (!strict) codes.Append('N');
            var (before, uses) = slotCodes.GetValueOrDefault(name, ("", 0));
            slotCodes[name] = (before + codes, uses + 1);
            return $"(?<{name}>{MarkedSentence.Open}[{codes}]\\d+{MarkedSentence.Close})";
        }
        try
        {
            var pattern = MacroPattern().Replace(rule.Pattern, Expand);
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            if (rule.Type is null && rule.Property is null) throw new InvalidDataException($"{fileName}: rule {rule.Id} has neither type nor property");
            // Rules run on every sentence: compiled they match several times faster (CompiledRule.Matches keeps the interpreter, with its timeout, for long
            // sentences and as a fallback).
            // A slot's marker types, when every group of that name in the pattern is a slot macro's.
            var slotMarkers = slotCodes.Where(s => Occurrences(pattern, $"(?<{s.Key}>") == s.Value.Uses && !pattern.Contains("(?'", StringComparison.Ordinal))
                .ToDictionary(s => s.Key, s => MarkedSentence.CodeMask(s.Value.Codes), StringComparer.Ordinal);
            return new CompiledRule(rule, regex, slotTypes)
            {
                SlotMarkers = slotMarkers,
                Compiled = CompiledPatterns.GetOrAdd(pattern, p => new(() => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled)))
            };
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{fileName}: rule {rule.Id}: bad pattern: {e.Message}", e);
        }
    }

    private static string Range(string? argument)
    {
        var parts = (argument ?? "0-8").Split('-');
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return parts.Length == 2 ? $"{int.Parse(parts[0], invariant)},{int.Parse(parts[1], invariant)}" : $"0,{int.Parse(parts[0], invariant)}";
    }

    [GeneratedRegex(@"\{([a-z]+)(?::([^{}]*))?\}")]
    private static partial Regex MacroPattern();
}
