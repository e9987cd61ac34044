namespace KGraph.Extraction.Learning.Relations;

/// <summary>
/// Entity properties the relationship classifier learns as if they were relationships between an organisation and
/// a date: <c>founded</c> (DuIE 成立日期, Wikidata P571 inception). Labelled <c>founded=</c>, whichever comes first.
/// </summary>
internal static class PropertyLabels
{
    public const string Founded = "founded";

    /// <summary>Corpus labels that state a property, by standard (as schema.yaml's mappings name standards).</summary>
    public static readonly IReadOnlyDictionary<(string Standard, string Label), string> ByCorpusLabel = new Dictionary<(string, string), string>
    {
        [("duie", "成立日期")] = Founded,
        [("wikidata", "P571")] = Founded,
    };

    public static bool IsProperty(string type) => type == Founded;
}
