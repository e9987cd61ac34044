using KGraph.Extraction.Learning;

namespace KGraph.Extraction.Tests.Learning;

public class ModelFileTests
{
    private static SequenceModel SmallLabeler()
    {
        var weights = new LinearWeights(8, 3);
        weights.Values[5] = 1.5f;
        weights.Values[700] = -0.25f;
        var transitions = new float[12];
        transitions[4] = 2f;
        return new SequenceModel(["O", "B-PER", "I-PER"], weights, transitions, new Dictionary<string,
            string>
        { ["features"] = ExtractionModels.FeatureVersion });
    }

    [Fact]
    public void A_saved_labeler_reads_back_with_the_same_labels_weights_and_info()
    {
        var path = Path.Combine(Some.TempDirectory(), "m.kgm");
        SmallLabeler().Save(path);

        var loaded = SequenceModel.Load(path);

        Assert.Equal(["O", "B-PER", "I-PER"], loaded.Labels);
        Assert.Equal(1.5f, loaded.Emissions.Values[5]);
        Assert.Equal(-0.25f, loaded.Emissions.Values[700]);
        Assert.Equal(2, loaded.Emissions.Values.Count(v => v != 0));
        Assert.Equal(2f, loaded.Transitions[4]);
        Assert.Equal(ExtractionModels.FeatureVersion, loaded.Info["features"]);
    }

    [Fact]
    public void A_flipped_byte_is_reported_as_a_damaged_file_with_its_name()
    {
        var path = Path.Combine(Some.TempDirectory(), "m.kgm");
        SmallLabeler().Save(path);
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ModelFileException>(() => SequenceModel.Load(path));

        Assert.Equal($"{path}: damaged model file (its checksum does not match its contents); rebuild the models with `kgraph train`", error.Message);
    }

    [Fact]
    public void A_truncated_file_is_reported_as_damaged()
    {
        var path = Path.Combine(Some.TempDirectory(), "m.kgm");
        SmallLabeler().Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 10)]);

        var error = Assert.Throws<ModelFileException>(() => SequenceModel.Load(path));

        Assert.Equal($"{path}: damaged model file (it is truncated or has bytes appended); rebuild the models with `kgraph train`", error.Message);
    }

    [Fact]
    public void A_file_that_is_no_model_is_refused()
    {
        var path = Path.Combine(Some.TempDirectory(), "m.kgm");
        File.WriteAllText(path, "kgraph: 1\nentities: []\n");

        var error = Assert.Throws<ModelFileException>(() => SequenceModel.Load(path));

        Assert.Equal($"{path}: damaged model file (it does not start with KGRAPHM1, so it is not a KGraph model file); " +
            "rebuild the models with `kgraph train`", error.Message);
    }

    [Fact]
    public void A_labeler_file_where_a_classifier_belongs_is_refused()
    {
        var path = Path.Combine(Some.TempDirectory(), "m.kgm");
        SmallLabeler().Save(path);

        var error = Assert.Throws<ModelFileException>(() => ClassifierModel.Load(path));

        Assert.Equal($"{path}: damaged model file (it holds a 'sequence-labeler' model where a 'classifier' model was expected); " +
            "rebuild the models with `kgraph train`", error.Message);
    }

    [Fact]
    public void A_missing_model_file_says_how_to_get_one()
    {
        var folder = Some.TempDirectory();

        var error = Assert.Throws<ModelFileException>(() => ExtractionModels.Load(folder));

        Assert.Equal($"{Path.Combine(folder, "zh-entities.kgm")}: model file not found; rebuild the models with `kgraph train` " +
            "or point --models at a folder that has them", error.Message);
    }

    [Fact]
    public void The_bundled_models_load_and_name_their_features()
    {
        var models = ExtractionModels.Load(ExtractionModels.BundledDirectory);

        Assert.Equal(ExtractionModels.FeatureVersion, models.ChineseEntities.Info["features"]);
        Assert.Equal("true", models.EnglishEntities.Info["stacked"]);
        Assert.Equal(12, models.Fingerprint.Length);
    }

    [Fact]
    public void Loading_checks_every_file_but_reads_a_languages_weights_only_when_its_first_sentence_needs_them()
    {
        var models = ExtractionModels.Load(ExtractionModels.BundledDirectory);
        Assert.Empty(models.FilesRead);

        var extractor = new ArticleExtractor([], new ExtractorOptions { Models = models });
        Assert.Empty(models.FilesRead);
        extractor.Extract(KGraph.Extraction.Reading.ArticleReader.FromPlainText("a.zh.txt", "星辰科技昨天宣布，王立明出任首席执行官。"));
        Assert.Equal([ExtractionModels.ChineseEntitiesFile, ExtractionModels.ChineseRelationsFile], models.FilesRead);

        extractor.Extract(KGraph.Extraction.Reading.ArticleReader.FromPlainText("a.en.txt", "Northwind Labs named Dana Reyes its chief executive."));
        Assert.Equal(ExtractionModels.Files, models.FilesRead);
    }

    [Fact]
    public void A_model_of_another_feature_version_is_refused_when_loading_even_if_its_language_is_never_read()
    {
        var folder = Some.TempDirectory();
        foreach (var file in ExtractionModels.Files) File.Copy(Path.Combine(ExtractionModels.BundledDirectory, file), Path.Combine(folder, file));
        var weights = new LinearWeights(8, 2);
        new ClassifierModel([ClassifierModel.None, "FOUNDED"], weights, new float[2], new Dictionary<string, string> { ["features"] = "0" })
            .Save(Path.Combine(folder, ExtractionModels.EnglishRelationsFile));

        var error = Assert.Throws<ModelFileException>(() => ExtractionModels.Load(folder));

        Assert.Equal($"{Path.Combine(folder, ExtractionModels.EnglishRelationsFile)}: trained for features version 0, but this kgraph computes version "
            + $"{ExtractionModels.FeatureVersion}; rebuild the models with `kgraph train`", error.Message);
    }

    [Fact]
    public void Viterbi_never_starts_a_name_with_an_inside_label()
    {
        var weights = new LinearWeights(8, 3);
        // Position 0's only feature (bucket 1) strongly prefers I-PER, which BIO does not allow at the start.
        weights.Values[1 * 3 + 2] = 10f;
        weights.Values[1 * 3 + 1] = 1f;
        var model = new SequenceModel(["O", "B-PER", "I-PER"], weights, new float[12], new Dictionary<string, string>());

        var labels = model.Decode([[1], [1]]);

        Assert.Equal([1, 2], labels);
        Assert.Equal([(0, 2, "PER")], model.Spans(labels));
    }
}
