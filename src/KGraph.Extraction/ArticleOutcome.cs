using KGraph.Diagnostics;
using KGraph.Extraction.Output;

namespace KGraph.Extraction;

/// <summary>
/// What became of one input file: its result and where it was written, or why it could not be read.
/// An article written to a file keeps only its counts and diagnostics, not its <see cref="Result"/>,
/// so a run's memory does not grow with the corpus.
/// </summary>
public sealed record ArticleOutcome(string Path, ExtractionResult? Result, string? OutputPath, string? Problem)
{
    public int EntityCount { get; init; }
    public int RelationshipCount { get; init; }

    /// <summary>The extraction's problems, also those of a kept file, so a build reports the same problems however it ran.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool Succeeded => Problem is null;

    /// <summary>Set when an incremental build kept the file written before (same article, same extractor): what that extraction found.</summary>
    public KeptExtraction? Kept { get; init; }

    public bool Unchanged => Kept is not null;

    /// <summary>How the proposer's facts fared (kept, dropped, tokens); null without a proposer or when the file was kept.</summary>
    public Proposals.ProposalReport? Proposals { get; init; }

    /// <param name="keep">Keep the whole result (nothing was written, the caller wants it).</param>
    internal static ArticleOutcome Of(string path, ExtractionResult result, string? outputPath, string? problem, bool keep) =>
        new(path, keep ? result : null, outputPath, problem)
        {
            EntityCount = result.Entities.Count,
            RelationshipCount = result.Relationships.Count,
            Diagnostics = result.Diagnostics,
            Proposals = result.Proposals,
        };

    internal static ArticleOutcome OfKept(string path, string outputPath, KeptExtraction kept) =>
        new(path, null, outputPath, null)
        {
            Kept = kept,
            EntityCount = kept.Entities,
            RelationshipCount = kept.Relationships,
            Diagnostics = kept.Diagnostics,
        };
}
