namespace KGraph.Extraction.Training;

/// <summary>How <see cref="ModelTrainer"/> trains: where the corpora are, where the models go, and the settings chosen on validation data.</summary>
public sealed record TrainingOptions
{
    /// <summary>
    /// Folders of corpora: the public ones in shared/train's layout (duie2.train.jsonl, cluener.train.jsonl…) and our
    /// own annotated sentences (training/*.zh.jsonl, *.en.jsonl).
    /// </summary>
    public required IReadOnlyList<string> DataDirectories { get; init; }

    /// <summary>Where the four model files are written.</summary>
    public required string OutDirectory { get; init; }

    public int Seed { get; init; } = 1;

    public int EntityEpochs { get; init; } = 12;

    public int RelationEpochs { get; init; } = 6;

    /// <summary>Rows of each weight table as a power of two (hashed features share rows beyond this).</summary>
    public int EntityBits { get; init; } = 19;

    public int RelationBits { get; init; } = 20;

    /// <summary>
    /// How many times each of our annotated sentences counts in training, against once for a public corpus's record:
    /// they are a few thousand among tens of thousands of encyclopedia and 1980s newswire records, and they are the
    /// phrasing users bring.
    /// </summary>
    public int AnnotatedWeight { get; init; } = 1;

    /// <summary>Whether the hand rules' decisions are features of the models (stacking).</summary>
    public bool Stacked { get; init; } = true;

    /// <summary>
    /// Whether our annotated sentences keep their validation fifth out of training. True for the models that are scored;
    /// the shipped models are then retrained with it false, on every sentence, once the settings are chosen.
    /// </summary>
    public bool HoldOutAnnotated { get; init; } = true;

    /// <summary>At most this many records of each corpus (a quick or test run); null reads them all.</summary>
    public int? Limit { get; init; }
}
