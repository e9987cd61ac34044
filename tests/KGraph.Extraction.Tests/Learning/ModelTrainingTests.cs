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

        var first = new ModelTrainer(Small(data, Path.Combine(root, "a"))).Train();
        var second = new ModelTrainer(Small(data, Path.Combine(root, "b"))).Train();

        foreach (var file in ExtractionModels.Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(root, "a", file)), File.ReadAllBytes(Path.Combine(root, "b", file)));
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public void A_different_seed_gives_different_models()
    {
        var root = Some.TempDirectory();
        var data = TinyCorpora.Write(Path.Combine(root, "data"));

        var one = new ModelTrainer(Small(data, Path.Combine(root, "a")) with { Seed = 1 }).Train();
        var other = new ModelTrainer(Small(data, Path.Combine(root, "b")) with { Seed = 2 }).Train();

        Assert.NotEqual(one.Fingerprint, other.Fingerprint);
    }

    [Fact]
    public void Trained_models_record_what_they_were_trained_on()
    {
        var root = Some.TempDirectory();
        var data = TinyCorpora.Write(Path.Combine(root, "data"));

        var models = new ModelTrainer(new TrainingOptions
        {
            DataDirectories = [data],
            OutDirectory = Path.Combine(root, "m"),
            EntityBits = 16,
            RelationBits = 16
        }).Train();

        Assert.Equal("cluener", models.ChineseEntities.Info["trained-on"]);
        Assert.Equal("conll04", models.EnglishEntities.Info["trained-on"]);
        Assert.Equal("duie", models.ChineseRelations!.Info["trained-on"]);
        Assert.Equal(ExtractionModels.FeatureVersion, models.EnglishRelations!.Info["features"]);
        Assert.Equal(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-TTL", "I-TTL"], models.ChineseEntities.Labels);
    }

    [Fact]
    public void Counting_our_annotated_sentences_twice_changes_the_models_and_a_rerun_gives_the_same_bytes()
    {
        var root = Some.TempDirectory();
        var data = TinyCorpora.Write(Path.Combine(root, "data"));
        const string succession = "Marta Quill succeeds Dan Ross as chief executive of Ferngate Mills.";
        const string supply = "Ferngate Mills supplies paper to Olden Books.";
        string Line(string text, string entities, string relations) =>
            $$"""{"text": "{{text}}", "entities": [{{entities}}], "relations": [{{relations}}]}""";
        File.WriteAllLines(Path.Combine(data, "business-news.en.jsonl"),
        [
            Line(succession,
                """{"name": "Marta Quill", "type": "Person"}, {"name": "Dan Ross", "type": "Person"}, {"name": "Ferngate Mills", "type": "Organization"}""",
                """{"from": "Marta Quill", "type": "LEADS", "to": "Ferngate Mills"}, {"from": "Dan Ross", "type": "LEADS", "to": "Ferngate Mills"}, """
                + """{"from": "Dan Ross", "type": "LEFT", "to": "Ferngate Mills"}"""),
            Line(supply,
                """{"name": "Ferngate Mills", "type": "Organization"}, {"name": "Olden Books", "type": "Organization"}""",
                """{"from": "Ferngate Mills", "type": "SUPPLIES", "to": "Olden Books"}"""),
        ]);
        TrainingOptions Options(string folder, int weight) =>
            new()
            {
                DataDirectories = [data],
                OutDirectory = Path.Combine(root, folder),
                EntityBits = 16,
                RelationBits = 16,
                AnnotatedWeight = weight,
                HoldOutAnnotated = false,
            };

        var once = new ModelTrainer(Options("once", 1)).Train();
        var twice = new ModelTrainer(Options("twice", 2)).Train();
        var again = new ModelTrainer(Options("again", 2)).Train();

        Assert.NotEqual(once.Fingerprint, twice.Fingerprint);
        Assert.Equal(twice.Fingerprint, again.Fingerprint);
        // The two sentences give five labelled rows (Quill–Ross none, Quill LEADS, Ross LEADS and LEFT, SUPPLIES), counted once more.
        Assert.Equal(5, Rows(twice) - Rows(once));
    }

    private static int Rows(ExtractionModels models) => int.Parse(models.EnglishRelations!.Info["rows"], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_folder_without_any_corpus_is_refused_by_name()
    {
        var empty = Some.TempDirectory();

        var error = Assert.Throws<InvalidDataException>(() => new ModelTrainer(new TrainingOptions
        {
            DataDirectories = [empty],
            OutDirectory = Path.Combine(empty, "m")
        }).Train());

        Assert.StartsWith($"{empty}: none of the training corpora is there (expected some of duie2.train.jsonl, cluener.train.jsonl,", error.Message,
            StringComparison.Ordinal);
    }

    private static TrainingOptions Small(string data, string outDirectory) =>
        new() { DataDirectories = [data], OutDirectory = outDirectory, EntityBits = 16, RelationBits = 16 };
}
