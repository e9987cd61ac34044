namespace KGraph.Analysis.Centrality;

/// <summary>Scores sum to 1 (for a non-empty graph); Residual is the last L1 change.</summary>
public sealed record PageRankResult(double[] Scores, int Iterations, bool Converged, double Residual, PageRankOptions Options);
