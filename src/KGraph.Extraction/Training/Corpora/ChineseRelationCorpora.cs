using KGraph.Extraction.Evaluation;
using KGraph.Store;

namespace KGraph.Extraction.Training.Corpora;

/// <summary>
/// The Chinese relationship corpora: DuIE 2.0 (sentences with every triple of its 48 predicates; the ones that
/// schema.yaml maps are ours, the others relate their pair in none of our ways) and FinRE (financial news, one
/// labelled company pair per line, several lines per sentence).
/// </summary>
internal static class ChineseRelationCorpora
{
    /// <summary>The DuIE predicates whose sentences make up the people-and-company evaluation sets (and so the validation split).</summary>
    public static readonly HashSet<string> PeopleCompanyPredicates = new(StringComparer.Ordinal) { "董事长", "创始人", "总部地点", "代言人", "成立日期", "简称", "出品公司", "注册资本" };

    public static List<RelationExample> Duie(string path, CorpusLabels labels) => JsonLines.Read(path, (root, _) =>
    {
        var text = root.Field("text").GetString()!;
        var facts = new List<GoldRelation>();
        var listed = new List<string>();
        foreach (var spo in root.Field("spo_list").EnumerateArray())
        {
            var subject = spo.Field("subject").GetString()!;
            var obj = spo.Field("object").Field("@value").GetString()!;
            var predicate = spo.Field("predicate").GetString()!;
            // Amounts and short names are values, not entities; a date is one only where it is a property (成立日期).
            var objectType = spo.Field("object_type").Field("@value").GetString();
            if (objectType is "Number" or "Text" || (objectType == "Date" && !labels.IsProperty(predicate))) continue;
            var fact = labels.Relation(predicate, [subject], [obj]);
            facts.Add(fact);
            listed.AddRange(fact.From);
            listed.AddRange(fact.To);
        }
        return new RelationExample("duie", "zh", text, facts, listed, PairCoverage.AllButEmployment, LabelsDates: true);
    });

    /// <summary>FinRE: <c>HEAD TAB TAIL TAB RELATION TAB sentence</c>; the lines of one sentence become one example.</summary>
    public static List<RelationExample> Finre(string path, CorpusLabels labels)
    {
        var bySentence = new Dictionary<string, List<GoldRelation>>(StringComparer.Ordinal);
        var order = new List<string>();
        var line = 0;
        foreach (var raw in BoundedFile.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var parts = raw.Split('\t');
            if (parts.Length < 4) throw new InvalidDataException($"{path}:{line}: expected head, tail, relation and sentence separated by tabs");
            var (head, tail, relation, sentence) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), parts[3].Trim());
            // 自己: the two names are one company; no pair to learn from.
            if (relation == "自己" || head == tail) continue;
            if (!bySentence.TryGetValue(sentence, out var facts))
            {
                bySentence[sentence] = facts = [];
                order.Add(sentence);
            }
            var fact = labels.Relation(relation, [head], [tail]);
            // FinRE lists most pairs from both sides (收购 and 被收购): keep one.
            if (!facts.Exists(f => f.Type == fact.Type && Same(f, fact))) facts.Add(fact);
        }
        return [.. order.Select(s => new RelationExample("finre", "zh", s, bySentence[s], [], PairCoverage.ListedPairsOnly))];
    }

    private static bool Same(GoldRelation a, GoldRelation b) =>
        (a.From[0] == b.From[0] && a.To[0] == b.To[0]) || (a.From[0] == b.To[0] && a.To[0] == b.From[0]);
}
