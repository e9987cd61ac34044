using KGraph.Model;

namespace KGraph.Visualization.Selection;

/// <summary>
/// What to draw: the whole graph, one entity's neighbourhood (<see cref="Focus"/> to
/// <see cref="Depth"/>) or the shortest paths between two entities, after the filters.
/// </summary>
public sealed record DiagramSelection
{
    public string? Focus { get; init; }
    public int Depth { get; init; } = 1;
    public (string From, string To)? Path { get; init; }
    public RelationshipFilter Filter { get; init; } = RelationshipFilter.All;

    public static DiagramSelection Whole { get; } = new();
}
