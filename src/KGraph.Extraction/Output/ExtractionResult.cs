using KGraph.Diagnostics;
using KGraph.Model;

namespace KGraph.Extraction.Output;

/// <summary>What one article yields: its document record, the entities it mentions and the relationships it states.</summary>
public sealed record ExtractionResult(
    Document Document,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How a proposer's facts fared against the text; null when the extractor has no proposer.</summary>
    public Proposals.ProposalReport? Proposals { get; init; }
}
