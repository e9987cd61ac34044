namespace KGraph.Visualization;

/// <summary>The files written, and the problems that stopped a selection or a format.</summary>
public sealed record DiagramResult(IReadOnlyList<string> Files, IReadOnlyList<string> Errors, int Nodes, int Edges)
{
    public bool Succeeded => Errors.Count == 0;
}
