namespace KGraph.Visualization;

/// <summary>
/// The files written, the problems that stopped a selection or a format, and the formats skipped
/// with a warning (too large for Mermaid when every format was asked for).
/// </summary>
public sealed record DiagramResult(IReadOnlyList<string> Files, IReadOnlyList<string> Errors, int Nodes, int Edges)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
