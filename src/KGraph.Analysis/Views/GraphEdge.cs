namespace KGraph.Analysis.Views;

/// <summary>One relationship as vertex indexes; a symmetric edge stands for both directions.</summary>
public readonly record struct GraphEdge(int From, int To, bool Symmetric = false);
