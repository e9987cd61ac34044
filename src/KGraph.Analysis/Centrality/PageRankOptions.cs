namespace KGraph.Analysis.Centrality;

/// <param name="Damping">Probability of following an arc rather than jumping anywhere.</param>
/// <param name="Tolerance">Iteration stops once the L1 change of the score vector is below this.</param>
/// <param name="MaxIterations">Upper bound on iterations; <see cref="PageRankResult.Converged"/> says whether it was hit.</param>
public sealed record PageRankOptions(double Damping = 0.85, double Tolerance = 1e-10, int MaxIterations = 1000)
{
    public static PageRankOptions Default { get; } = new();
}
