namespace KGraph.Visualization.Selection;

/// <summary>The selected graph, or a message saying why nothing could be selected.</summary>
public sealed record SelectionResult(DiagramGraph? Graph, string? Error)
{
    public static SelectionResult Success(DiagramGraph graph) => new(graph, null);

    public static SelectionResult Failure(string error) => new(null, error);
}
