using System.Security.Cryptography;

namespace KGraph.Extraction.Learning;

/// <summary>
/// The trained models the extractor uses: an entity labeler and a relationship classifier for each of
/// Chinese and English, read from one folder (<see cref="BundledDirectory"/> unless told otherwise).
/// Loaded once and shared; read-only after loading.
/// </summary>
public sealed class ExtractionModels
{
    public const string ChineseEntitiesFile = "zh-entities.kgm";
    public const string EnglishEntitiesFile = "en-entities.kgm";
    public const string ChineseRelationsFile = "zh-relations.kgm";
    public const string EnglishRelationsFile = "en-relations.kgm";

    /// <summary>The feature set the code computes; a model trained on another cannot be read by this build.</summary>
    public const string FeatureVersion = "1";

    public static readonly string[] Files = [ChineseEntitiesFile, EnglishEntitiesFile, ChineseRelationsFile, EnglishRelationsFile];

    internal ExtractionModels(string directory, SequenceModel chineseEntities, SequenceModel englishEntities, ClassifierModel? chineseRelations,
        ClassifierModel? englishRelations, string fingerprint)
        : this(directory, new Lazy<SequenceModel>(chineseEntities), new Lazy<SequenceModel>(englishEntities), new Lazy<ClassifierModel?>(chineseRelations),
            new Lazy<ClassifierModel?>(englishRelations), fingerprint)
    {
    }

    private ExtractionModels(string directory, Lazy<SequenceModel> chineseEntities, Lazy<SequenceModel> englishEntities,
        Lazy<ClassifierModel?> chineseRelations, Lazy<ClassifierModel?> englishRelations, string fingerprint)
    {
        Directory = directory;
        _chineseEntities = chineseEntities;
        _englishEntities = englishEntities;
        _chineseRelations = chineseRelations;
        _englishRelations = englishRelations;
        Fingerprint = fingerprint;
    }

    private readonly Lazy<SequenceModel> _chineseEntities;
    private readonly Lazy<SequenceModel> _englishEntities;
    private readonly Lazy<ClassifierModel?> _chineseRelations;
    private readonly Lazy<ClassifierModel?> _englishRelations;

    /// <summary>The models shipped beside the program (src/KGraph.Extraction/Models, copied to the output).</summary>
    public static string BundledDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public string Directory { get; }

    /// <summary>The first 12 hex digits of the SHA-256 over the four files: names the exact models a result came from.</summary>
    public string Fingerprint { get; }

    // A language's weight tables are inflated when its first sentence needs them: the relationship tables are
    // ~190 MB each once inflated, and a corpus in one language never pays for the other's.
    internal SequenceModel ChineseEntities => _chineseEntities.Value;
    internal SequenceModel EnglishEntities => _englishEntities.Value;
    /// <summary>Null only while training: the entity models are trained and used before the relationship models exist.</summary>
    internal ClassifierModel? ChineseRelations => _chineseRelations.Value;
    internal ClassifierModel? EnglishRelations => _englishRelations.Value;

    /// <summary>The files whose weights have been read so far, in <see cref="Files"/> order.</summary>
    internal IEnumerable<string> FilesRead
    {
        get
        {
            bool[] read = [_chineseEntities.IsValueCreated, _englishEntities.IsValueCreated,
                _chineseRelations.IsValueCreated, _englishRelations.IsValueCreated];
            return Files.Where((_, i) => read[i]);
        }
    }

    /// <summary>
    /// Checks the four model files of a folder (container, checksum, feature version): a missing, damaged or
    /// incompatible one throws <see cref="ModelFileException"/> naming it. Their weights are read on first use.
    /// </summary>
    public static ExtractionModels Load(string directory)
    {
        var files = new ModelFile.VerifiedFile[Files.Length];
        string[] kinds = [SequenceModel.Kind, SequenceModel.Kind, ClassifierModel.Kind, ClassifierModel.Kind];
        // In the fixed order, so that the file named when several are bad does not depend on timing.
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = ModelFile.Verify(Path.Combine(directory, Files[i]), kinds[i]);
            var version = ModelFile.ReadBody(files[i], SequenceModel.ReadInfo).GetValueOrDefault("features", "?");
            if (version != FeatureVersion)
                throw new ModelFileException($"{files[i].Path}: trained for features version {version}, " +
                    $"but this kgraph computes version {FeatureVersion}; rebuild the models with `kgraph train`");
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files) sha.AppendData(file.Bytes);
        // The bytes checked are the bytes read later: a file replaced after this point does not change the models.
        // Each Lazy lets go of its file's bytes once it has read them.
        var (zhEntities, enEntities, zhRelations, enRelations) = (files[0], files[1], files[2], files[3]);
        return new ExtractionModels(directory,
            new Lazy<SequenceModel>(() => SequenceModel.Load(zhEntities)), new Lazy<SequenceModel>(() => SequenceModel.Load(enEntities)),
            new Lazy<ClassifierModel?>(() => ClassifierModel.Load(zhRelations)), new Lazy<ClassifierModel?>(() => ClassifierModel.Load(enRelations)),
            Convert.ToHexStringLower(sha.GetHashAndReset())[..12]);
    }
}
