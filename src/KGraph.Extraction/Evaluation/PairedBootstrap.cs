namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Whether one extractor really scores better than another on the same gold set, or only by the luck of which texts the
/// set holds: the paired bootstrap (Koehn 2004; Berg-Kirkpatrick et al. 2012). Texts are drawn with replacement, both
/// extractors' counts of each drawn text are summed, and the difference in micro F1 is taken; the 2.5th and 97.5th
/// percentiles of that difference over the resamples bound it. Seeded, so the same reports give the same interval.
/// </summary>
public static class PairedBootstrap
{
    public const int DefaultResamples = 1000;

    public static F1Difference Compare(EvaluationReport baseline, EvaluationReport candidate, int resamples = DefaultResamples, int seed = 1)
    {
        var (a, b) = (baseline.ItemCounts, candidate.ItemCounts);
        if (a.Count != b.Count)
            throw new ArgumentException($"the reports score different sets: {a.Count} texts against {b.Count}", nameof(candidate));
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var differences = new double[resamples];
        var better = 0;
        var random = new Random(seed);
        for (var r = 0; r < resamples; r++)
        {
            var (sumA, sumB) = (new int[3], new int[3]);
            for (var k = 0; k < a.Count; k++)
            {
                var i = random.Next(a.Count);
                Add(sumA, a[i]);
                Add(sumB, b[i]);
            }
            differences[r] = F1(sumB) - F1(sumA);
            if (differences[r] > 0) better++;
        }
        Array.Sort(differences);
        return new F1Difference(baseline.Overall.F1, candidate.Overall.F1, Percentile(differences, 0.025), Percentile(differences, 0.975),
            (double)better / resamples, a.Count, resamples);
    }

    private static void Add(int[] sum, ItemCounts counts)
    {
        sum[0] += counts.TruePositives;
        sum[1] += counts.FalsePositives;
        sum[2] += counts.FalseNegatives;
    }

    private static double F1(int[] counts) => new TypeScore("", counts[0], counts[1], counts[2]).F1;

    /// <summary>The value below which <paramref name="share"/> of the sorted values lie (nearest rank).</summary>
    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>
/// Micro F1 of a baseline and a candidate on the same texts, and the 95 % interval of the candidate's gain from a paired
/// bootstrap: an interval that holds 0 says the set cannot tell the two apart.
/// </summary>
/// <param name="ShareBetter">The share of resamples in which the candidate scored higher.</param>
public sealed record F1Difference(double Baseline, double Candidate, double Low, double High, double ShareBetter, int Texts, int Resamples)
{
    public double Difference => Candidate - Baseline;
}
