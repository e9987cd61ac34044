using KGraph.Model;

namespace KGraph.Visualization;

/// <summary>One relationship drawn between two nodes of a <see cref="DiagramGraph"/>; symmetric types have no arrowhead.</summary>
public sealed record DiagramEdge(Relationship Relationship, int From, int To, bool Symmetric);
