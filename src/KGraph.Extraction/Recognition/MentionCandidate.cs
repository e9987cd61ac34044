namespace KGraph.Extraction.Recognition;

/// <summary>
/// A stretch of the document text that names an entity. <paramref name="KnownId"/> is set when
/// it matched a curated entity; <paramref name="Weak"/> ones are kept only if a relationship uses them.
/// </summary>
internal sealed record MentionCandidate(int Start, int End, string Type, string Name, string? KnownId, int Priority, bool Weak = false)
{
    public int Length => End - Start;

    public bool Overlaps(MentionCandidate other) => Start < other.End && other.Start < End;
}
