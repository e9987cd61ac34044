using KGraph.Extraction.Learning;

namespace KGraph.Extraction.Training;

/// <summary>
/// Trains a <see cref="ClassifierModel"/> (multinomial logistic regression) by stochastic gradient
/// descent with AdaGrad step sizes and L2 decay on the weights an example touches. Single-threaded and
/// seeded: the same examples give the same bytes.
/// </summary>
internal static class LogisticTrainer
{
    public sealed record Example(int[] Features, int Label, float Weight = 1);

    public sealed record Settings(int Epochs = 8, float LearningRate = 0.2f, float L2 = 1e-6f, int Seed = 1);

    public static ClassifierModel Train(IReadOnlyList<string> labels, int bits, IReadOnlyList<Example> data, Settings settings,
        IReadOnlyDictionary<string, string> info)
    {
        var count = labels.Count;
        var weights = new LinearWeights(bits, count);
        var bias = new float[count];
        var model = new ClassifierModel(labels, weights, bias, info);
        var squares = new float[weights.Values.Length];
        var biasSquares = new float[count];
        var values = weights.Values;
        var probabilities = new float[count];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = data[index];
                model.Predict(example.Features, probabilities);
                for (var l = 0; l < count; l++)
                {
                    var gradient = (probabilities[l] - (l == example.Label ? 1f : 0f)) * example.Weight;
                    biasSquares[l] += gradient * gradient;
                    bias[l] -= settings.LearningRate * gradient / MathF.Sqrt(biasSquares[l] + 1e-6f);
                    foreach (var f in example.Features)
                    {
                        var i = f * count + l;
                        var g = gradient + settings.L2 * values[i];
                        if (g == 0) continue;
                        squares[i] += g * g;
                        values[i] -= settings.LearningRate * g / MathF.Sqrt(squares[i] + 1e-6f);
                    }
                }
            }
        }
        for (var i = 0; i < values.Length; i++) values[i] = (float)(Half)values[i];
        for (var l = 0; l < count; l++) bias[l] = (float)(Half)bias[l];
        return model;
    }
}
