namespace KGraph.Interchange.FollowTheMoney;

/// <summary>
/// The FollowTheMoney schemata KGraph reads and writes: entity schemata with the KGraph type they
/// become, and link schemata with the two properties that hold their ends (an Ownership's owner and
/// asset). Which KGraph relationship type a link schema stands for is not here but in schema.yaml's
/// <c>followthemoney</c> mappings.
/// </summary>
public static class FtmSchemata
{
    /// <summary>FollowTheMoney entity schema → KGraph entity type name as the importers accept it (Company → Organization, kind company).</summary>
    public static readonly IReadOnlyList<string> Entities = ["Person", "Company", "Organization", "LegalEntity", "PublicBody"];

    public static readonly IReadOnlyDictionary<string, (string From, string To)> Links = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["Ownership"] = ("owner", "asset"),
        ["Directorship"] = ("director", "organization"),
        ["Employment"] = ("employee", "employer"),
        ["Membership"] = ("member", "organization"),
        ["Family"] = ("person", "relative"),
        ["Associate"] = ("person", "associate"),
        ["UnknownLink"] = ("subject", "object"),
        ["Representation"] = ("agent", "client"),
        ["Succession"] = ("predecessor", "successor"),
        ["Debt"] = ("debtor", "creditor"),
        ["Payment"] = ("payer", "beneficiary"),
    };

    /// <summary>The mapping qualifier that swaps the ends: the KGraph type points from the FollowTheMoney schema's second end to its first.</summary>
    public const string Inverse = "inverse";

    /// <summary>The mapping qualifier that puts the KGraph start date in FollowTheMoney's endDate (LEFT: the day someone left).</summary>
    public const string StartIsEndDate = "endDate";

    /// <summary>How an exported link records its KGraph type, so several types sharing one schema (OWNS, CONTROLS: Ownership) come back as they were.</summary>
    public const string TypeMarker = "kgraph:";

    /// <summary>The schema for a KGraph entity of <paramref name="type"/> and <paramref name="kind"/>, or null when FollowTheMoney has none.</summary>
    public static string? ForEntity(string type, string? kind) => (type, kind) switch
    {
        ("Person", _) => "Person",
        ("Organization", "company") => "Company",
        ("Organization", "government") => "PublicBody",
        ("Organization", _) => "Organization",
        _ => null,
    };
}
