using KGraph.Extraction.Learning;

namespace KGraph.Extraction.Training;

/// <summary>
/// Trains a <see cref="SequenceModel"/> as an averaged structured perceptron (Collins 2002): decode each
/// example with the current weights, move weight from the predicted labels' features to the gold ones,
/// and keep the average of all weights seen. Single-threaded and seeded, so the same data gives the same bytes.
/// </summary>
internal static class PerceptronTrainer
{
    public sealed record Example(int[][] Features, int[] Gold);

    public static SequenceModel Train(IReadOnlyList<string> labels, int bits, IReadOnlyList<Example> data, int epochs, int seed,
        IReadOnlyDictionary<string, string> info)
    {
        var count = labels.Count;
        var emissions = new LinearWeights(bits, count);
        var transitions = new float[(count + 1) * count];
        var model = new SequenceModel(labels, emissions, transitions, info);
        // Sums of (step × change): the average is weight − sum / steps, without adding every weight at every step.
        var emissionSums = new double[emissions.Values.Length];
        var transitionSums = new double[transitions.Length];
        var weights = emissions.Values;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        double step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = data[index];
                var predicted = model.Decode(example.Features);
                var golds = example.Gold;
                for (var i = 0; i < predicted.Length; i++)
                {
                    var gold = golds[i];
                    var guess = predicted[i];
                    if (gold != guess)
                    {
                        foreach (var f in example.Features[i])
                        {
                            Update(weights, emissionSums, f * count + gold, 1, step);
                            Update(weights, emissionSums, f * count + guess, -1, step);
                        }
                    }
                    var goldPrevious = i == 0 ? count : golds[i - 1];
                    var guessPrevious = i == 0 ? count : predicted[i - 1];
                    if (gold != guess || goldPrevious != guessPrevious)
                    {
                        Update(transitions, transitionSums, goldPrevious * count + gold, 1, step);
                        Update(transitions, transitionSums, guessPrevious * count + guess, -1, step);
                    }
                }
                step++;
            }
        }
        Average(weights, emissionSums, step);
        Average(transitions, transitionSums, step);
        return model;
    }

    private static void Update(float[] weights, double[] sums, int index, int change, double step)
    {
        weights[index] += change;
        sums[index] += change * step;
    }

    /// <summary>The averaged weights, rounded to what the model file keeps, so the trained model scores as its file will.</summary>
    private static void Average(float[] weights, double[] sums, double steps)
    {
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)(Half)(weights[i] - sums[i] / steps);
    }
}
