using System.Text.Json;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// DuIE 2.0 JSON lines (<c>text</c>, <c>spo_list</c>), mapped to our vocabulary as shared/eval/README.md
/// and schema.yaml say: 创始人 → FOUNDED (inverse), 董事长 → LEADS (inverse), 总部地点 → HEADQUARTERED_IN,
/// 代言人 → ENDORSES (inverse), 妻子/丈夫/父亲/母亲 → FAMILY, 毕业院校 → EDUCATED_AT, 成立日期 → founded.
/// Other predicates are not ours and are not scored.
/// </summary>
public static class DuieGold
{
    private static readonly Dictionary<string, (string Type, bool Inverse)> Mapping = new(StringComparer.Ordinal)
    {
        ["创始人"] = ("FOUNDED", true),
        ["董事长"] = ("LEADS", true),
        ["总部地点"] = ("HEADQUARTERED_IN", false),
        ["代言人"] = ("ENDORSES", true),
        ["妻子"] = ("FAMILY", false),
        ["丈夫"] = ("FAMILY", false),
        ["父亲"] = ("FAMILY", false),
        ["母亲"] = ("FAMILY", false),
        ["毕业院校"] = ("EDUCATED_AT", false),
        ["成立日期"] = ("founded", false),
    };

    public static IReadOnlySet<string> Types { get; } = Mapping.Values.Select(m => m.Type).ToHashSet(StringComparer.Ordinal);

    public static GoldSet Read(string path) =>
        new(Path.GetFileName(path), GoldFormat.Duie, JsonLines.Read(path, (root, line) =>
        {
            var facts = new List<GoldFact>();
            foreach (var spo in root.Field("spo_list").EnumerateArray())
            {
                if (!Mapping.TryGetValue(spo.Field("predicate").GetString()!, out var mapped)) continue;
                var subject = spo.Field("subject").GetString()!;
                var obj = spo.Field("object").Field("@value").GetString()!;
                facts.Add(mapped.Inverse ? new GoldFact(obj, mapped.Type, subject) : new GoldFact(subject, mapped.Type, obj));
            }
            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString()! : $"line {line}";
            return new GoldItem(id, root.Field("text").GetString()!, facts, []);
        }));
}
