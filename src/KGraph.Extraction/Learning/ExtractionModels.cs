using System.Security.Cryptography;
using KGraph.Store;

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
    {
        Directory = directory;
        ChineseEntities = chineseEntities;
        EnglishEntities = englishEntities;
        ChineseRelations = chineseRelations;
        EnglishRelations = englishRelations;
        Fingerprint = fingerprint;
    }

    /// <summary>The models shipped beside the program (src/KGraph.Extraction/Models, copied to the output).</summary>
    public static string BundledDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public string Directory { get; }

    /// <summary>The first 12 hex digits of the SHA-256 over the four files: names the exact models a result came from.</summary>
    public string Fingerprint { get; }

    internal SequenceModel ChineseEntities { get; }
    internal SequenceModel EnglishEntities { get; }
    /// <summary>Null only while training: the entity models are trained and used before the relationship models exist.</summary>
    internal ClassifierModel? ChineseRelations { get; }
    internal ClassifierModel? EnglishRelations { get; }

    /// <summary>Reads the four model files of a folder; a missing, damaged or incompatible one throws <see cref="ModelFileException"/> naming it.</summary>
    public static ExtractionModels Load(string directory)
    {
        // Inflating the tables is most of start-up: the four files side by side.
        var chineseEntities = Task.Run(() => Checked(Path.Combine(directory, ChineseEntitiesFile), SequenceModel.Load, m => m.Info));
        var englishEntities = Task.Run(() => Checked(Path.Combine(directory, EnglishEntitiesFile), SequenceModel.Load, m => m.Info));
        var chineseRelations = Task.Run(() => Checked(Path.Combine(directory, ChineseRelationsFile), ClassifierModel.Load, m => m.Info));
        var englishRelations = Task.Run(() => Checked(Path.Combine(directory, EnglishRelationsFile), ClassifierModel.Load, m => m.Info));
        Task[] loads = [chineseEntities, englishEntities, chineseRelations, englishRelations];
        try
        {
            Task.WaitAll(loads);
        }
        catch (AggregateException)
        {
            // The first file in the fixed order that failed, so that the message does not depend on timing.
            var failed = loads.First(t => t.IsFaulted).Exception!.InnerExceptions[0];
            if (failed is ModelFileException) throw failed;
            throw;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files) sha.AppendData(BoundedFile.ReadAllBytes(Path.Combine(directory, file), ModelFile.MaxBytes, "model file limit"));
        return new ExtractionModels(directory, chineseEntities.Result, englishEntities.Result, chineseRelations.Result, englishRelations.Result,
            Convert.ToHexStringLower(sha.GetHashAndReset())[..12]);
    }

    private static T Checked<T>(string path, Func<string, T> load, Func<T, IReadOnlyDictionary<string, string>> info)
    {
        var model = load(path);
        var version = info(model).GetValueOrDefault("features", "?");
        if (version != FeatureVersion)
            throw new ModelFileException($"{path}: trained for features version {version}, but this kgraph computes version {FeatureVersion}; rebuild the models with `kgraph train`");
        return model;
    }
}
