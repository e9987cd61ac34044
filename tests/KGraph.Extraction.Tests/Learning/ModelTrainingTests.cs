using KGraph.Extraction.Learning;
using KGraph.Extraction.Training;


namespace KGraph.Extraction.Tests.Learning;

public class ModelTrainingTests
{
    [Fact]
    public void Training_twice_on_the_same_corpora_writes_the_same_bytes()
    {
        var root = Some.TempDirectory();
        var data = TinyCorpora.Write(Path.Combine(root, "data"));

        var first = new ModelTrainer(new TrainingOptions { DataDirectories = [data], OutDirectory = Path.Combine(root, "a"), EntityBits = 16, RelationBits = 16 }).Train();
        var second = new ModelTrainer(new TrainingOptions { DataDirectories = [data], OutDirectory = Path.Combine(root, "b"), EntityBits = 16, RelationBits = 16 }).Train();

        foreach (var file in ExtractionModels.Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(root, "a", file)), File.ReadAllBytes(Path.Combine(root, "b", file)));
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public void A_different_seed_gives_different_models()
    {
        var root = Some.TempDirectory();
        var data = TinyCorpora.Write(Path.Combine(root, "data"));

        var one = new ModelTrainer(new TrainingOptions { DataDirectories = [data], OutDirectory = Path.Combine(root, "a"), EntityBits = 16, RelationBits = 16, Seed = 1 }).Train();
        var other = new ModelTrainer(new TrainingOptions { DataDirectories = [data], OutDirectory = Path.Combine(root, "b"), EntityBits = 16, RelationBits = 16, Seed = 2 }).Train();

        Assert.NotEqual(one.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void Trained_models_record_what_they_were_trained_on()
    {
        var root = Some.TempDirectory();
        var data = TinyCorpora.Write(Path.Combine(root, "data"));

        var models = new ModelTrainer(new TrainingOptions { DataDirectories = [data], OutDirectory = Path.Combine(root, "m"), EntityBits = 16, RelationBits = 16 }).Train();

        Assert.Equal("cluener", models.ChineseEntities.Info["trained-on"]);
        Assert.Equal("conll04", models.EnglishEntities.Info["trained-on"]);
        Assert.Equal("duie", models.ChineseRelations!.Info["trained-on"]);
        Assert.Equal(ExtractionModels.FeatureVersion, models.EnglishRelations!.Info["features"]);
        Assert.Equal(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-TTL", "I-TTL"], models.ChineseEntities.Labels);
    }

    [Fact]
    public void A_folder_without_any_corpus_is_refused_by_name()
    {
        var empty = Some.TempDirectory();

        var error = Assert.Throws<InvalidDataException>(() => new ModelTrainer(new TrainingOptions { DataDirectories = [empty], OutDirectory = Path.Combine(empty, "m") }).Train());

        Assert.StartsWith($"{empty}: none of the training corpora is there (expected some of duie2.train.jsonl, cluener.train.jsonl,", error.Message, StringComparison.Ordinal);
    }
}
