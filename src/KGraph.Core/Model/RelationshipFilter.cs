namespace KGraph.Model;

/// <summary>
/// Which relationships a command looks at: diagrams, analyses, paths and neighbours all use this one
/// filter, so the same options keep the same facts everywhere. Rejected facts are always left out. A
/// fact is in a time window when its [start, end] interval overlaps it, comparing partial dates by the
/// days they can stand for ("2024" is in force as of 2024-06-01); a fact with a start and no end is
/// still going on, and undated facts are always kept, because "no date known" is not "outside the
/// window". Facts a person wrote carry no confidence and pass any minimum confidence.
/// </summary>
public sealed record RelationshipFilter
{
    public static RelationshipFilter All { get; } = new();

    /// <summary>Relationship types to keep (e.g. FOUNDED, INVESTED_IN); null or empty keeps every type.</summary>
    public IReadOnlySet<string>? Types { get; init; }

    /// <summary>Keep relationships in force on this date: started on or before it and not ended before it.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>Keep relationships still in force on or after this date (end not before it).</summary>
    public PartialDate? Since { get; init; }

    /// <summary>Keep relationships that started on or before this date.</summary>
    public PartialDate? Until { get; init; }

    public double? MinConfidence { get; init; }

    /// <summary>Keep only relationships a person accepted or wrote.</summary>
    public bool ReviewedOnly { get; init; }

    public bool IsEmpty => Types is not { Count: > 0 } && AsOf is null && Since is null && Until is null && MinConfidence is null && !ReviewedOnly;

    public bool Keeps(Relationship relationship)
    {
        if (relationship.Status == RelationshipStatus.Rejected) return false;
        if (ReviewedOnly && relationship.Status != RelationshipStatus.Reviewed) return false;
        if (Types is { Count: > 0 } types && !types.Contains(relationship.Type)) return false;
        if (MinConfidence is { } min && relationship.Confidence is { } confidence && confidence < min) return false;
        if (AsOf is { } asOf && !(StartsOnOrBefore(relationship, asOf) && EndsOnOrAfter(relationship, asOf))) return false;
        if (Since is { } since && !EndsOnOrAfter(relationship, since)) return false;
        if (Until is { } until && !StartsOnOrBefore(relationship, until)) return false;
        return true;
    }

    private static bool StartsOnOrBefore(Relationship relationship, PartialDate date) =>
        relationship.Start is not { } start || start.Earliest <= date.Latest;

    private static bool EndsOnOrAfter(Relationship relationship, PartialDate date) =>
        relationship.End is not { } end || end.Latest >= date.Earliest;

    /// <summary>A one-line description for reports, e.g. "types FOUNDED, LEADS; as of 2024; reviewed only".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Types is { Count: > 0 } types) parts.Add("types " + string.Join(", ", types.Order(StringComparer.Ordinal)));
        if (AsOf is { } asOf) parts.Add($"as of {asOf}");
        if (Since is { } since) parts.Add($"since {since}");
        if (Until is { } until) parts.Add($"until {until}");
        if (MinConfidence is { } min) parts.Add($"confidence ≥ {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        if (ReviewedOnly) parts.Add("reviewed only");
        return parts.Count == 0 ? "all relationships except rejected ones" : string.Join("; ", parts);
    }
}
