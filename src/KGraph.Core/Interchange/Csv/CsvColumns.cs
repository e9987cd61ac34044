namespace KGraph.Interchange.Csv;

/// <summary>
/// Which header names mean which field. Headers match case, spaces, '_' and '-' aside
/// (<c>Start Date</c> = <c>start_date</c> = <c>startDate</c>); the names cover KGraph's own fields and
/// the exports of LittleSis and OpenSanctions.
/// </summary>
public static class CsvColumns
{
    public static readonly IReadOnlyDictionary<string, string[]> Entity = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["id"] = ["id", "entity_id", "key", "identifier"],
        ["name"] = ["name", "caption", "label", "display_name"],
        ["type"] = ["type", "schema", "primary_ext", "entity_type"],
        ["kind"] = ["kind", "category", "subtype"],
        ["aliases"] = ["aliases", "alias", "other_names", "alt_names", "also_known_as"],
        ["wikidata"] = ["wikidata", "wikidata_id", "qid"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> Relationship = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["from"] = ["from", "source", "subject", "entity1_id", "entity1", "source_id", "from_id", "start_id", "owner", "person"],
        ["to"] = ["to", "target", "object", "entity2_id", "entity2", "target_id", "to_id", "end_id", "asset", "organization"],
        ["type"] = ["type", "relationship", "relation", "predicate", "category", "category_id", "schema"],
        ["start"] = ["start", "start_date", "since", "begin", "date"],
        ["end"] = ["end", "end_date", "until"],
        ["role"] = ["role", "description1", "title", "position"],
        ["quote"] = ["quote", "evidence", "excerpt"],
        ["url"] = ["url", "source_url", "link", "source_link"],
    };

    /// <summary>What a value of a list cell is split at: <c>;</c> (OpenSanctions) or <c>|</c>.</summary>
    public static readonly char[] ListSeparators = [';', '|'];

    /// <summary>The header as compared: lower-case letters and digits only.</summary>
    public static string Squeeze(string header) => new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
