using System.Text.RegularExpressions;
using KGraph.Extraction.Coreference;
using KGraph.Extraction.Recognition;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Relations;

/// <summary>
/// Runs a language's rules over a marked sentence: each match names its slots' entities
/// (extended over lists), is dropped when negated or hedged, and becomes relationships
/// allowed by the vocabulary, or an entity property.
/// </summary>
internal sealed class RelationMatcher(RelationRuleSet rules, GraphVocabulary vocabulary)
{
    private const double PronounPenalty = 0.9;
    private const double ListPenalty = 0.95;

    public void Match(string text, MarkedSentence sentence, PartialDate? published, List<FoundFact> facts)
    {
        // A few hundred literals fit on the stack; a rule file with very many goes to the heap.
        var words = rules.Literals.Words;
        Span<ulong> present = words <= 64 ? stackalloc ulong[words] : new ulong[words];
        rules.Literals.Find(sentence.Text, present);
        for (var r = 0; r < rules.Rules.Count; r++)
        {
            var compiled = rules.Rules[r];
            // A fact joins two different references, a property needs one: a sentence with fewer cannot match.
            if ((compiled.Rule.Property is null ? 2 : 1) > sentence.References.Count || !compiled.MayName(sentence)
                || !rules.Literals.MayMatch(r, present)) continue;
            try
            {
                foreach (var match in compiled.Matches(sentence.Text)) Apply(text, sentence, published, compiled, match, facts);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological sentence must not stall the article; the other rules still run.
            }
        }
    }

    private void Apply(string text, MarkedSentence sentence, PartialDate? published, CompiledRule compiled, Match match, List<FoundFact> facts)
    {
        var rule = compiled.Rule;
        var clauseStart = ClauseStart(sentence.Text, match.Index);
        var before = rule.Appositive ? sentence.Text.AsSpan(match.Index, match.Length) : sentence.Text.AsSpan(clauseStart,
            match.Index + match.Length - clauseStart);
        if (ContainsAny(before, rules.Hedging) || (!rule.NegationInPattern && ContainsAny(before, rules.Negation))) return;

        var evidenceStart = sentence.Original(clauseStart);
        while (evidenceStart < text.Length && char.IsWhiteSpace(text[evidenceStart])) evidenceStart++;
        var evidenceEnd = sentence.OriginalEnd(ClauseEnd(sentence.Text, match.Index + match.Length));
        while (evidenceEnd > evidenceStart && (char.IsWhiteSpace(text[evidenceEnd - 1]) || text[evidenceEnd - 1] is '，' or ',' or '；' or ';')) evidenceEnd--;
        var span = new TextSpan(evidenceStart, evidenceEnd);

        var from = Slot(sentence, compiled, match, rule.From, out var fromPenalty);
        if (from.Count == 0) return;
        if (rule.Property is not null)
        {
            SetProperty(rule, match, from, () => ClauseDate(text, sentence, match, clauseStart, span, published));
            // A name only guessed at (a Latin word, the words before a title) is an entity once a property rule uses it.
            foreach (var entity in from)
            {
                if (entity.Type == EntityTypes.Name) entity.Type = compiled.SlotTypes[rule.From][0];
                entity.UsedByRelationship = true;
            }
            return;
        }
        var to = Slot(sentence, compiled, match, rule.To, out var toPenalty);
        if (to.Count == 0) return;
        var role = rule.Role is null ? null : rule.Role == "{role}" ? RoleOf(match) : rule.Role;
        var props = Props(sentence, rule, match);
        var start = rules.File.DatedTypes.Contains(rule.Type!)
            && !rules.File.UndatedRules.Contains(rule.Id) ? ClauseDate(text, sentence, match, clauseStart, span, published) : null;
        var confidence = Math.Round(rule.Confidence * fromPenalty * toPenalty, 2);
        foreach (var a in from)
            foreach (var b in to)
            {
                if (a == b) continue;
                var fromType = TypeFor(a, compiled.SlotTypes[rule.From]);
                var toType = TypeFor(b, compiled.SlotTypes[rule.To]);
                if (vocabulary.RelationshipType(rule.Type!) is not { } definition || !definition.Allows(fromType, toType)) continue;
                a.Type = fromType;
                b.Type = toType;
                a.UsedByRelationship = b.UsedByRelationship = true;
                facts.Add(new FoundFact(a, rule.Type!, b, role, props, confidence, span, rule.Id, start));
            }
    }

    /// <summary>The entities of a slot, plus list members joined to it (A、B和C; X及其CEO Y).</summary>
    private List<LocalEntity> Slot(MarkedSentence sentence, CompiledRule compiled, Match match, string slot, out double penalty)
    {
        penalty = 1;
        var group = match.Groups[slot];
        if (!group.Success) return [];
        var reference = sentence.ReferenceAt(group.Index);
        var types = compiled.SlotTypes[slot];
        var entities = new List<LocalEntity>(reference.Entities);
        if (reference.IsPronoun) penalty *= PronounPenalty;

        var position = group.Index + group.Length;
        Match next;
        while ((next = rules.ListContinuation.Match(sentence.Text, position)).Success && !Possessive(sentence.Text, next.Index + next.Length)
            && Fits(sentence.References[int.Parse(next.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)], types, out var member))
        {
            entities.AddRange(member);
            position = next.Index + next.Length;
            penalty = ListPenalty;
        }
        var head = group.Index;
        int before;
        while ((before = ListMemberBefore(sentence.Text, head, out var index)) >= 0 && Fits(sentence.References[index], types, out var member))
        {
            entities.AddRange(member);
            head = before;
            penalty = ListPenalty;
        }
        return [.. entities.Distinct()];
    }

    /// <summary>
    /// A list member just before a slot (A、[slot] or A, [slot]): where its marker starts, and its reference's
    /// index; -1 when none ends there.
    /// </summary>
    private static int ListMemberBefore(string marked, int head, out int index)
    {
        index = -1;
        var end = head;
        if (end >= 1 && marked[end - 1] == '、') end--;
        else if (end >= 2 && marked[end - 2] == ',' && marked[end - 1] == ' ') end -= 2;
        else return -1;
        if (end < 1 || marked[end - 1] != MarkedSentence.Close) return -1;
        var digits = end - 1;
        while (digits > 0 && char.IsAsciiDigit(marked[digits - 1])) digits--;
        if (digits == end - 1 || digits < 2 || !char.IsAsciiLetterUpper(marked[digits - 1]) || marked[digits - 2] != MarkedSentence.Open) return -1;
        index = int.Parse(marked.AsSpan(digits, end - 1 - digits), System.Globalization.CultureInfo.InvariantCulture);
        return digits - 2;
    }

    /// <summary>"in Moscow and Leningrad's Kirov Ballet": a name that owns the next one is no list member.</summary>
    private static bool Possessive(string marked, int at)
    {
        var rest = marked.AsSpan(at).TrimStart(' ');
        return rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal);
    }

    private static bool Fits(EntityReference reference, IReadOnlyList<string> types, out IReadOnlyList<LocalEntity> members)
    {
        members = reference.Entities;
        return reference.Entities.All(e => e.Type == EntityTypes.Name || types.Contains(e.Type));
    }

    private static string TypeFor(LocalEntity entity, IReadOnlyList<string> slotTypes) =>
        entity.Type != EntityTypes.Name ? entity.Type : slotTypes[0];

    private string? RoleOf(Match match) =>
        match.Groups["role"].Success ? rules.RoleNames.GetValueOrDefault(match.Groups["role"].Value, match.Groups["role"].Value) : null;

    private Dictionary<string, object> Props(MarkedSentence sentence, RelationRule rule, Match match)
    {
        var props = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in rule.Props)
        {
            if (value == "{amount}" && match.Groups["amount"].Success)
            {
                if (Quantity.ParseNumber(match.Groups["amount"].Value) is { } amount) props["amount"] = amount;
                if (Quantity.Currency(match.Groups["amount"].Value) is { } currency) props["currency"] = currency;
            }
            else if (value == "{role}") props[key] = RoleOf(match) ?? "";
            else if (match.Groups[value] is { Success: true } slot) props[key] = sentence.ReferenceAt(slot.Index).Entities[0];
            else if (!value.StartsWith('{')) props[key] = value;
        }
        return props;
    }

    /// <summary>
    /// The date of the clause a rule matched: first one written after the match ("…and left its board in
    /// 2018"), then anywhere in the clause, then in a short time phrase naming no entity that opens the
    /// sentence ("On March 17, xAI released…", "2015年12月，他…创办了…"): such a phrase dates the clause after it.
    /// </summary>
    private static PartialDate? ClauseDate(string text, MarkedSentence sentence, Match match, int clauseStart, TextSpan span, PartialDate? published)
    {
        var matchEnd = Math.Clamp(sentence.OriginalEnd(match.Index + match.Length), span.Start, span.End);
        if (DateFinder.Find(text.AsSpan(matchEnd, span.End - matchEnd), published) is { } after) return after;
        if (DateFinder.Find(text.AsSpan(span.Start, span.Length), published) is { } date) return date;
        const int MaxOpeningPhrase = 30;
        if (clauseStart == 0 || clauseStart > MaxOpeningPhrase || NamesAnyoneButPlaces(sentence.Text.AsSpan(0, clauseStart))) return null;
        var sentenceStart = sentence.Original(0);
        return DateFinder.Find(text.AsSpan(sentenceStart, span.Start - sentenceStart), published);
    }

    /// <summary>Whether a stretch of the marked sentence names an entity other than a place (美国当地时间… is still a time phrase).</summary>
    private static bool NamesAnyoneButPlaces(ReadOnlySpan<char> marked)
    {
        for (var i = 0; i + 1 < marked.Length; i++)
            if (marked[i] == MarkedSentence.Open && marked[i + 1] != EntityTypes.Code(EntityTypes.Place)) return true;
        return false;
    }

    private static void SetProperty(RelationRule rule, Match match, List<LocalEntity> entities, Func<PartialDate?> clauseDate)
    {
        object? value = rule.Value switch
        {
            "{clausedate}" => clauseDate()?.ToString(),
            "{number}" when match.Groups["number"].Success => Quantity.ParseNumber(match.Groups["number"].Value),
            "{date}" when match.Groups["date"].Success => DateFinder.Parse(match.Groups["date"].Value)?.ToString(),
            _ => null,
        };
        if (value is null) return;
        foreach (var entity in entities)
        {
            lock (entity.Props)
            {
                // The first statement in the article wins; later, looser figures (超过3000亿) do not overwrite it.
                if (!entity.Props.ContainsKey(rule.Property!))
                    entity.Props[rule.Property!] = value is long number ? Scalar.Of(number) : Scalar.Of((string)value);
            }
        }
    }

    internal static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0) continue;
            if (!char.IsAsciiLetter(word[0])) return true;
            // English cues count only as whole words.
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    private static int ClauseStart(string marked, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (IsClauseBreak(marked, i)) return i + 1;
        return 0;
    }

    private static int ClauseEnd(string marked, int index)
    {
        for (var i = index; i < marked.Length; i++)
            if (IsClauseBreak(marked, i)) return i;
        return marked.Length;
    }

    private static bool IsClauseBreak(string s, int i) =>
        s[i] is '，' or '；' or ';' or '：' || (s[i] == ',' && (i + 1 >= s.Length || s[i + 1] == ' ' || !char.IsAsciiDigit(s[i + 1])));
}
