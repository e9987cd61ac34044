using KGraph.Extraction.Output;

namespace KGraph.Extraction;

/// <summary>What became of one input file: its result and where it was written, or why it could not be read.</summary>
public sealed record ArticleOutcome(string Path, ExtractionResult? Result, string? OutputPath, string? Problem)
{
    public bool Succeeded => Problem is null;
}
