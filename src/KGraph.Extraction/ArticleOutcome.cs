using KGraph.Diagnostics;
using KGraph.Extraction.Output;

namespace KGraph.Extraction;

/// <summary>What became of one input file: its result and where it was written, or why it could not be read.</summary>
public sealed record ArticleOutcome(string Path, ExtractionResult? Result, string? OutputPath, string? Problem)
{
    public bool Succeeded => Problem is null;

    /// <summary>Set when an incremental build kept the file written before (same article, same extractor): what that extraction found.</summary>
    public KeptExtraction? Kept { get; init; }

    public bool Unchanged => Kept is not null;

    public int EntityCount => Result?.Entities.Count ?? Kept?.Entities ?? 0;

    public int RelationshipCount => Result?.Relationships.Count ?? Kept?.Relationships ?? 0;

    /// <summary>The extraction's problems, also those of a kept file, so a build reports the same problems however it ran.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result?.Diagnostics ?? Kept?.Diagnostics ?? [];
}
