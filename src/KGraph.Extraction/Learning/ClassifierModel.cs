namespace KGraph.Extraction.Learning;

/// <summary>
/// A multinomial logistic regression over hashed features: one weight column and one bias per label;
/// <see cref="Predict"/> gives each label's probability. Label 0 is "none".
/// </summary>
internal sealed class ClassifierModel
{
    public const string Kind = "classifier";
    public const string None = "NONE";

    public ClassifierModel(IReadOnlyList<string> labels, LinearWeights weights, float[] bias, IReadOnlyDictionary<string, string> info)
    {
        if (labels.Count == 0 || labels[0] != None) throw new ArgumentException("label 0 must be NONE", nameof(labels));
        if (weights.Labels != labels.Count
            || bias.Length != labels.Count) throw new ArgumentException("one weight column and one bias per label", nameof(weights));
        Labels = labels;
        Weights = weights;
        Bias = bias;
        Info = info;
    }

    public IReadOnlyList<string> Labels { get; }

    public LinearWeights Weights { get; }

    public float[] Bias { get; }

    public IReadOnlyDictionary<string, string> Info { get; }

    public int Bits => Weights.Bits;

    /// <summary>Writes each label's probability into <paramref name="probabilities"/> (length: the number of labels).</summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        Bias.CopyTo(probabilities);
        Weights.AddScores(features, probabilities);
        Softmax(probabilities);
    }

    public static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++) sum += scores[i] = MathF.Exp(scores[i] - max);
        for (var i = 0; i < scores.Length; i++) scores[i] /= sum;
    }

    public void Save(string path) => ModelFile.Write(path, Kind, writer =>
    {
        ModelFile.WriteStrings(writer, [.. Info.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Key, p.Value })]);
        ModelFile.WriteStrings(writer, Labels);
        foreach (var b in Bias) writer.Write(b);
        ModelFile.WriteWeights(writer, Weights);
    });

    public static ClassifierModel Load(string path) => Load(ModelFile.Verify(path, Kind));

    internal static ClassifierModel Load(ModelFile.VerifiedFile file) => ModelFile.ReadBody(file, reader =>
    {
        var info = SequenceModel.ReadInfo(reader);
        var labels = ModelFile.ReadStrings(reader);
        if (labels.Length == 0 || labels[0] != None) throw new InvalidDataException("label 0 is not NONE");
        var bias = new float[labels.Length];
        for (var i = 0; i < bias.Length; i++) bias[i] = reader.ReadSingle();
        var weights = ModelFile.ReadWeights(reader);
        if (weights.Labels != labels.Length) throw new InvalidDataException("labels and weights disagree");
        return new ClassifierModel(labels, weights, bias, info);
    });
}
