using KGraph.Extraction.Recognition;
using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Learning.Entities;

/// <summary>
/// Names people, organisations and places in a sentence with a trained <see cref="SequenceModel"/>. Curated
/// names (the gazetteer) always stand; the model's spans come next; the hand rules' other mentions (products,
/// and, unless the model alone decides, names the model did not take) fill what is left.
/// </summary>
internal sealed class ModelEntityRecognizer(SequenceModel model, ChineseEntityFeatures? chinese, EnglishEntityFeatures? english,
    RuleNames ruleNames) : IMentionRecognizer
{
    public const int ModelPriority = 2;

    /// <summary>The priority the rules give names found by a pattern (part-of-speech guesses have 1, curated names 3).</summary>
    private const int PatternPriority = 2;

    /// <summary>Replaces the rules' chosen mentions of the sentence with the model's spans, curated names and what <see cref="RuleNames"/> keeps.</summary>
    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates)
    {
        var result = Apply(sentence.Folded, sentence.Original, sentence.Sentence, sentence.Words!, candidates);
        candidates.Clear();
        candidates.AddRange(result);
    }

    public List<MentionCandidate> Apply(string folded, string original, Sentence sentence, IReadOnlyList<Token> words, List<MentionCandidate> ruleMentions)
    {
        var found = Spans(folded, sentence, words, ruleMentions);
        var result = new List<MentionCandidate>(ruleMentions.Count + found.Count);
        foreach (var m in ruleMentions)
            if (m.KnownId is not null) result.Add(m);
        foreach (var (start, end, type) in found)
        {
            var candidate = new MentionCandidate(start, end, type, original[start..end], null, ModelPriority);
            if (!result.Exists(candidate.Overlaps)) result.Add(candidate);
        }
        foreach (var m in ruleMentions)
            if (m.KnownId is null && Kept(m, sentence.Lang) && !result.Exists(m.Overlaps))
                // A Latin name kept for the rules is written only if a relationship uses it (weak): alone, it is as often a game or a brand.
                result.Add(ruleNames == RuleNames.LatinInChinese && m.Type != EntityTypes.Product ? m with { Weak = true } : m);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private bool Kept(MentionCandidate rule, string lang) => rule.Type == EntityTypes.Product || ruleNames switch
    {
        RuleNames.All => true,
        RuleNames.LatinInChinese => lang == "zh" && rule.Name.Length > 0 && Script.IsLatinLetter(rule.Name[0]),
        RuleNames.Patterns => rule.Priority >= PatternPriority && !rule.Weak,
        _ => false,
    };

    /// <summary>The model's entity spans in document offsets, typed (titles are not entities).</summary>
    public List<(int Start, int End, string Type)> Spans(string folded, Sentence sentence, IReadOnlyList<Token> words,
        IReadOnlyList<MentionCandidate> ruleMentions)
    {
        var spans = new List<(int, int, string)>();
        if (sentence.Lang == "zh" && chinese is not null)
        {
            var labels = model.Decode(chinese.Score(folded, sentence.Start, sentence.End, words, ruleMentions, model.Emissions));
            foreach (var (s, e, label) in model.Spans(labels))
                if (TypeOf(label) is { } type && Trim(folded, sentence.Start + s, sentence.Start + e) is var (start, end) && end > start)
                    spans.Add((start, end, type));
        }
        else if (sentence.Lang == "en" && english is not null)
        {
            var labels = model.Decode(english.Extract(folded, words, ruleMentions));
            foreach (var (s, e, label) in model.Spans(labels))
                if (TypeOf(label) is { } type) spans.Add((words[s].Start, words[e - 1].End, type));
        }
        return spans;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    public static string? TypeOf(string label) => label switch
    {
        "PER" => EntityTypes.Person,
        "ORG" => EntityTypes.Organization,
        "LOC" => EntityTypes.Place,
        _ => null,
    };
}
