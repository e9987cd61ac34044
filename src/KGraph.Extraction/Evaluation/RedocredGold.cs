namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Re-DocRED documents (<c>sents</c> of tokens, <c>vertexSet</c> of mention clusters, <c>labels</c> with
/// Wikidata properties between clusters). The text is each sentence's tokens joined by spaces, sentences
/// joined by a space. A cluster matches any of its mention names. The people-and-company properties
/// are scored as schema.yaml maps them; a label is named after its properties:
/// P108 employer → WORKS_AT or LEADS; P488 chairperson → LEADS as chairman (inverse); P112 founded by →
/// FOUNDED (inverse); P159 headquarters → HEADQUARTERED_IN; P127 owned by → OWNS (inverse);
/// P749 parent organisation and P355 subsidiary (inverse) → SUBSIDIARY_OF; P178 developer → DEVELOPED (inverse).
/// </summary>
public static class RedocredGold
{
    public const string Employer = "P108 employer";
    public const string Chairperson = "P488 chairperson";
    public const string FoundedBy = "P112 founded by";
    public const string Headquarters = "P159 headquarters";
    public const string OwnedBy = "P127 owned by";
    public const string Parent = "P749/P355 parent";
    public const string Developer = "P178 developer";

    private static readonly Dictionary<string, (string Label, bool Inverse)> Mapping = new(StringComparer.Ordinal)
    {
        ["P108"] = (Employer, false),
        ["P488"] = (Chairperson, true),
        ["P112"] = (FoundedBy, true),
        ["P159"] = (Headquarters, false),
        ["P127"] = (OwnedBy, true),
        ["P749"] = (Parent, false),
        ["P355"] = (Parent, true),
        ["P178"] = (Developer, true),
    };

    public static IReadOnlySet<string> Types { get; } = Mapping.Values.Select(m => m.Label).ToHashSet(StringComparer.Ordinal);

    /// <summary>The labels a predicted relationship stands for in Re-DocRED's terms (none when it labels no such thing).</summary>
    public static IEnumerable<string> Labels(string type, string? role) => type switch
    {
        "WORKS_AT" => [Employer],
        "LEADS" => role == "chairman" ? [Employer, Chairperson] : [Employer],
        "FOUNDED" => [FoundedBy],
        "HEADQUARTERED_IN" => [Headquarters],
        "OWNS" => [OwnedBy],
        "SUBSIDIARY_OF" => [Parent],
        "DEVELOPED" => [Developer],
        _ => [],
    };

    public static GoldSet Read(string path) =>
        new(Path.GetFileName(path), GoldFormat.Redocred, JsonRecords.Read(path, (document, _) =>
        {
            var text = string.Join(' ', document.Field("sents").EnumerateArray().Select(s => string.Join(' ', s.EnumerateArray().Select(t => t.GetString()))));
            var clusters = document.Field("vertexSet").EnumerateArray()
                .Select(cluster => cluster.EnumerateArray().Select(m => m.Field("name").GetString()!).Distinct(StringComparer.Ordinal).ToList())
                .ToList();
            var facts = new List<GoldFact>();
            foreach (var label in document.Field("labels").EnumerateArray())
            {
                if (!Mapping.TryGetValue(label.Field("r").GetString()!, out var mapped)) continue;
                var (from, to) = (clusters[label.Field("h").GetInt32()], clusters[label.Field("t").GetInt32()]);
                if (mapped.Inverse) (from, to) = (to, from);
                // P749 and P355 often state one parent-subsidiary pair twice, once from each side.
                if (facts.Exists(f => f.Type == mapped.Label && f.From == from[0] && f.To == to[0])) continue;
                facts.Add(new GoldFact(from[0], mapped.Label, to[0]) { FromNames = from, ToNames = to });
            }
            return new GoldItem(document.Field("title").GetString()!, text, facts, []);
        }));
}
