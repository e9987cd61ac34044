namespace KGraph.Extraction.Learning;

/// <summary>
/// A first-order linear sequence labeler over BIO labels (<c>O</c>, <c>B-PER</c>, <c>I-PER</c>…): each
/// position's label scores come from its hashed features, each pair of neighbouring labels from a
/// transition table, and Viterbi finds the best labelling that BIO allows (I-X only after B-X or I-X).
/// </summary>
internal sealed class SequenceModel
{
    public const string Kind = "sequence-labeler";

    public SequenceModel(IReadOnlyList<string> labels, LinearWeights emissions, float[] transitions, IReadOnlyDictionary<string, string> info)
    {
        if (labels.Count == 0 || labels[0] != "O") throw new ArgumentException("label 0 must be O", nameof(labels));
        if (emissions.Labels != labels.Count) throw new ArgumentException("one weight column per label", nameof(emissions));
        if (transitions.Length != (labels.Count + 1) * labels.Count)
            throw new ArgumentException("one transition per label pair and per start", nameof(transitions));
        Labels = labels;
        Emissions = emissions;
        Transitions = transitions;
        Info = info;
        Allowed = new bool[(labels.Count + 1) * labels.Count];
        for (var previous = 0; previous <= labels.Count; previous++)
            for (var label = 0; label < labels.Count; label++)
                Allowed[previous * labels.Count + label] = !labels[label].StartsWith("I-", StringComparison.Ordinal)
                    || (previous < labels.Count && labels[previous].Length > 2 && labels[previous][2..] == labels[label][2..]);
    }

    public IReadOnlyList<string> Labels { get; }

    public LinearWeights Emissions { get; }

    /// <summary>Row <c>previous</c> (the last row is the start of a sequence), column <c>label</c>.</summary>
    public float[] Transitions { get; }

    /// <summary>Whether BIO allows a label after another (last row: at the start).</summary>
    public bool[] Allowed { get; }

    /// <summary>What the model was trained on and with which features (written into the file, shown by the model card).</summary>
    public IReadOnlyDictionary<string, string> Info { get; }

    public int Bits => Emissions.Bits;

    /// <summary>The best allowed label for each position.</summary>
    public int[] Decode(IReadOnlyList<int[]> features)
    {
        var labels = Labels.Count;
        var emissions = new float[features.Count * labels];
        for (var i = 0; i < features.Count; i++) Emissions.AddScores(features[i], emissions.AsSpan(i * labels, labels));
        return Decode(emissions);
    }

    /// <summary>The best allowed label for each position, from each position's label scores (positions × labels).</summary>
    public int[] Decode(float[] emissions)
    {
        var labels = Labels.Count;
        var n = emissions.Length / labels;
        var result = new int[n];
        if (n == 0) return result;
        var score = new float[n * labels];
        var back = new int[n * labels];
        for (var i = 0; i < n; i++)
        {
            var emission = emissions.AsSpan(i * labels, labels);
            for (var label = 0; label < labels; label++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = -1;
                if (i == 0)
                {
                    if (Allowed[labels * labels + label]) best = Transitions[labels * labels + label];
                }
                else
                {
                    for (var previous = 0; previous < labels; previous++)
                    {
                        if (!Allowed[previous * labels + label]) continue;
                        var s = score[(i - 1) * labels + previous] + Transitions[previous * labels + label];
                        if (s > best)
                        {
                            best = s;
                            bestPrevious = previous;
                        }
                    }
                }
                score[i * labels + label] = best + emission[label];
                back[i * labels + label] = bestPrevious;
            }
        }
        var last = 0;
        for (var label = 1; label < labels; label++)
            if (score[(n - 1) * labels + label] > score[(n - 1) * labels + last]) last = label;
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[i * labels + last];
        }
        return result;
    }

    /// <summary>Labelled stretches as (first position, position after the last, type): B-PER I-PER O → (0, 2, PER).</summary>
    public IEnumerable<(int Start, int End, string Type)> Spans(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var label = Labels[labels[i]];
            if (!label.StartsWith("B-", StringComparison.Ordinal)) continue;
            var end = i + 1;
            while (end < labels.Length && Labels[labels[end]] == "I-" + label[2..]) end++;
            yield return (i, end, label[2..]);
            i = end - 1;
        }
    }

    public void Save(string path) => ModelFile.Write(path, Kind, writer =>
    {
        ModelFile.WriteStrings(writer, [.. Info.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Key, p.Value })]);
        ModelFile.WriteStrings(writer, Labels);
        writer.Write(Transitions.Length);
        foreach (var t in Transitions) writer.Write(t);
        ModelFile.WriteWeights(writer, Emissions);
    });

    public static SequenceModel Load(string path) => Load(ModelFile.Verify(path, Kind));

    internal static SequenceModel Load(ModelFile.VerifiedFile file) => ModelFile.ReadBody(file, reader =>
    {
        var info = ReadInfo(reader);
        var labels = ModelFile.ReadStrings(reader);
        var count = reader.ReadInt32();
        if (count != (labels.Length + 1) * labels.Length) throw new InvalidDataException($"{count} transitions for {labels.Length} labels");
        var transitions = new float[count];
        for (var i = 0; i < count; i++) transitions[i] = reader.ReadSingle();
        var emissions = ModelFile.ReadWeights(reader);
        if (emissions.Labels != labels.Length || labels.Length == 0 || labels[0] != "O") throw new InvalidDataException("labels and weights disagree");
        return new SequenceModel(labels, emissions, transitions, info);
    });

    internal static Dictionary<string, string> ReadInfo(BinaryReader reader)
    {
        var pairs = ModelFile.ReadStrings(reader);
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2) info[pairs[i]] = pairs[i + 1];
        return info;
    }
}
