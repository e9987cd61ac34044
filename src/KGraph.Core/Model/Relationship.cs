namespace KGraph.Model;

/// <summary>A typed, directed fact between two entities, with the evidence for it.</summary>
public sealed record Relationship
{
    public required string Id { get; init; }
    public required string From { get; init; }
    public required string Type { get; init; }
    public required string To { get; init; }
    public PartialDate? Start { get; init; }
    public PartialDate? End { get; init; }
    public string? Role { get; init; }
    public IReadOnlyDictionary<string, Scalar> Props { get; init; } = Empty.Scalars;
    /// <summary>0..1 for extracted facts; null for facts a person wrote.</summary>
    public double? Confidence { get; init; }
    public RelationshipStatus Status { get; init; } = RelationshipStatus.Reviewed;
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
