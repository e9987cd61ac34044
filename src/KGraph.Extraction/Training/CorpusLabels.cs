using KGraph.Extraction.Learning.Relations;
using KGraph.Extraction.Training.Corpora;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Training;

/// <summary>
/// One corpus's relation labels as our relationship types, read from the <c>mappings</c> of schema.yaml (the one
/// place that says what DuIE's 创始人 or Wikidata's P112 is in our vocabulary): <c>duie: "创始人 (inverse)"</c>
/// maps the label to FOUNDED with subject and object swapped. A FinRE label 被X is X the other way round. A label
/// no type maps relates its pair in none of our ways.
/// </summary>
internal sealed class CorpusLabels
{
    private readonly Dictionary<string, (string Type, bool Inverse)> _labels = new(StringComparer.Ordinal);
    private readonly string _standard;

    public CorpusLabels(GraphVocabulary vocabulary, string standard)
    {
        _standard = standard;
        foreach (var type in vocabulary.RelationshipTypes)
        {
            if (!type.Mappings.TryGetValue(standard, out var mapped)) continue;
            foreach (var item in mapped.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // "P108 + end time" needs more than a label: not a mapping of labels.
                if (item.Contains('+', StringComparison.Ordinal)) continue;
                var inverse = item.EndsWith("(inverse)", StringComparison.Ordinal);
                var label = inverse ? item[..^"(inverse)".Length].TrimEnd() : item;
                _labels.TryAdd(label, (type.Name, inverse));
            }
        }
    }

    /// <summary>Our type for a label and whether the label's subject is our object; false when the label is none of ours.</summary>
    public bool TryMap(string label, out string type, out bool inverse)
    {
        if (_labels.TryGetValue(label, out var mapped))
        {
            (type, inverse) = mapped;
            return true;
        }
        if (label.StartsWith('被') && _labels.TryGetValue(label[1..], out mapped))
        {
            (type, inverse) = (mapped.Type, !mapped.Inverse);
            return true;
        }
        (type, inverse) = ("", false);
        return false;
    }

    /// <summary>Whether the label states a date property of its subject (DuIE 成立日期 → founded).</summary>
    public bool IsProperty(string label) => PropertyLabels.ByCorpusLabel.ContainsKey((_standard, label));

    /// <summary>
    /// The fact a labelled (subject, object) pair states, or a pair related in none of our ways. A property's
    /// object is a date, written as our dates are (1996年5月 → 1996-05) so that it compares with the dates found.
    /// </summary>
    public GoldRelation Relation(string label, IReadOnlyList<string> subject, IReadOnlyList<string> obj, int evidenceStart = 0,
        int evidenceEnd = int.MaxValue) =>
        PropertyLabels.ByCorpusLabel.TryGetValue((_standard, label), out var property)
            ? new GoldRelation(subject, property, [.. obj.Select(d => Relations.DateFinder.Parse(d)?.ToString() ?? d)], evidenceStart, evidenceEnd)
            : TryMap(label, out var type, out var inverse)
            ? inverse ? new GoldRelation(obj, type, subject, evidenceStart, evidenceEnd) : new GoldRelation(subject, type, obj, evidenceStart, evidenceEnd)
            : new GoldRelation(subject, null, obj, evidenceStart, evidenceEnd);
}
