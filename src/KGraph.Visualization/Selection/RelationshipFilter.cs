using KGraph.Model;

namespace KGraph.Visualization.Selection;

/// <summary>
/// Which relationships a diagram keeps. Rejected facts are never drawn. A fact is inside the
/// time window when its [start, end] interval overlaps it; undated facts are kept, because
/// "no date known" is not "outside the window". Facts a person wrote (no confidence) pass
/// any minimum confidence.
/// </summary>
public sealed record RelationshipFilter
{
    public IReadOnlySet<string>? Types { get; init; }
    public PartialDate? Since { get; init; }
    public PartialDate? Until { get; init; }
    public double? MinConfidence { get; init; }

    /// <summary>Only facts in force on this date (started by its end, not ended before its start); undated ones are kept.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>Only facts a person accepted or wrote.</summary>
    public bool ReviewedOnly { get; init; }

    public static RelationshipFilter None { get; } = new();

    public bool IsEmpty => Types is null && Since is null && Until is null && MinConfidence is null && AsOf is null && !ReviewedOnly;

    public bool Keeps(Relationship relationship)
    {
        if (relationship.Status == RelationshipStatus.Rejected) return false;
        if (ReviewedOnly && relationship.Status != RelationshipStatus.Reviewed) return false;
        if (Types is not null && !Types.Contains(relationship.Type)) return false;
        if (MinConfidence is { } min && relationship.Confidence is { } confidence && confidence < min) return false;
        // A fact with a start and no end is still going on, so only an end date can fall before the window.
        if (Since is { } since && relationship.End is { } end && end.Latest < since.Earliest) return false;
        if (Until is { } until && relationship.Start is { } first && first.Earliest > until.Latest) return false;
        if (AsOf is { } asOf && (relationship.Start is { } begun && begun.Earliest > asOf.Latest || relationship.End is { } ended && ended.Latest < asOf.Earliest)) return false;
        return true;
    }
}
