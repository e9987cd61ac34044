namespace KGraph.Extraction.Evaluation;

/// <summary>
/// CoNLL04 in SpERT's JSON (<c>tokens</c>, <c>entities</c>, <c>relations</c>). The text is the tokens
/// joined by spaces. Work_For is our WORKS_AT or LEADS (scored as one type, Work_For); OrgBased_In is
/// HEADQUARTERED_IN. Live_In, Located_In and Kill are not in our vocabulary and are not scored.
/// </summary>
public static class Conll04Gold
{
    public const string WorkFor = "Work_For";
    public const string OrgBasedIn = "OrgBased_In";

    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(StringComparer.Ordinal) { WorkFor, OrgBasedIn };

    /// <summary>Our relationship type as CoNLL04 labels it, or null when CoNLL04 has no such label.</summary>
    public static string? Label(string type) => type switch
    {
        "WORKS_AT" or "LEADS" => WorkFor,
        "HEADQUARTERED_IN" => OrgBasedIn,
        _ => null,
    };

    public static GoldSet Read(string path) =>
        new(Path.GetFileName(path), GoldFormat.Conll04, JsonRecords.Read(path, (record, index) =>
        {
            var tokens = record.Field("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
            var entities = record.Field("entities").EnumerateArray()
                .Select(e => string.Join(' ', tokens.GetRange(e.Field("start").GetInt32(), e.Field("end").GetInt32() - e.Field("start").GetInt32())))
                .ToList();
            var facts = record.Field("relations").EnumerateArray()
                .Select(r => (Type: r.Field("type").GetString()!, Head: r.Field("head").GetInt32(), Tail: r.Field("tail").GetInt32()))
                .Where(r => Types.Contains(r.Type))
                .Select(r => new GoldFact(entities[r.Head], r.Type, entities[r.Tail]))
                .ToList();
            var id = record.TryGetProperty("orig_id", out var orig) ? orig.ToString() : (index - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new GoldItem(id, string.Join(' ', tokens), facts, []);
        }));
}
