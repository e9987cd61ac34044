using KGraph.Extraction.Learning;
using KGraph.Extraction.Learning.Entities;
using KGraph.Extraction.Learning.Relations;
using KGraph.Extraction.Reading;
using KGraph.Extraction.Scripts;
using KGraph.Extraction.Training.Corpora;
using KGraph.Text;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Training;

/// <summary>
/// Trains the extractor's four models from the public corpora, leaving out the validation split
/// (<see cref="CorpusSplit"/>): first the entity labelers (from texts whose names are labelled throughout,
/// with the hand rules' mentions as features), then the relationship classifiers over the pairs the
/// extractor itself finds with those entity models, labelled from the corpora's facts. Single-threaded and
/// seeded: the same corpora give the same bytes.
/// </summary>
public sealed class ModelTrainer(TrainingOptions options, Action<string>? log = null)
{
    public static readonly string[] ChineseEntityLabels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-TTL", "I-TTL"];
    public static readonly string[] EnglishEntityLabels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    private readonly GraphVocabulary _vocabulary = GraphVocabulary.BuiltIn;

    /// <summary>Trains, writes the four files to <see cref="TrainingOptions.OutDirectory"/> and returns the models as read back from them.</summary>
    public ExtractionModels Train()
    {
        var corpora = TrainingCorpora.Read(options.DataDirectories, options.Limit, options.HoldOutAnnotated, _vocabulary, Log);
        Directory.CreateDirectory(options.OutDirectory);

        // Corpora are read as the shipped models were trained: the organisation and person named last (ArticleFocus off).
        var rulesOnly = new ArticleExtractor([], new ExtractorOptions { ArticleFocus = false });
        var zhEntities = TrainEntities("zh", ChineseEntityLabels, options.EntityBits, corpora.ChineseEntities, rulesOnly);
        var enEntities = TrainEntities("en", EnglishEntityLabels, options.EntityBits - 1, corpora.EnglishEntities, rulesOnly);
        zhEntities.Save(Path.Combine(options.OutDirectory, ExtractionModels.ChineseEntitiesFile));
        enEntities.Save(Path.Combine(options.OutDirectory, ExtractionModels.EnglishEntitiesFile));

        // Relationship pairs come from the extractor as it will run: these entity models, the rules, coreference.
        var withEntities = new ArticleExtractor([], new ExtractorOptions
        {
            ArticleFocus = false,
            Models = new ExtractionModels(options.OutDirectory, zhEntities, enEntities, null, null, "training"),
        });
        var zhRelations = TrainRelations("zh", corpora.ChineseRelations, withEntities);
        var enRelations = TrainRelations("en", corpora.EnglishRelations, withEntities);
        zhRelations.Save(Path.Combine(options.OutDirectory, ExtractionModels.ChineseRelationsFile));
        enRelations.Save(Path.Combine(options.OutDirectory, ExtractionModels.EnglishRelationsFile));
        return ExtractionModels.Load(options.OutDirectory);
    }

    private Dictionary<string, string> Info(string what, IEnumerable<string> sources, int rows, int epochs) => new(StringComparer.Ordinal)
    {
        ["features"] = ExtractionModels.FeatureVersion,
        ["stacked"] = options.Stacked ? "true" : "false",
        ["model"] = what,
        ["trained-on"] = string.Join(", ", sources.Distinct().Order(StringComparer.Ordinal)),
        ["rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["epochs"] = epochs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private SequenceModel TrainEntities(string lang, string[] labels, int bits, IReadOnlyList<EntityExample> examples, ArticleExtractor rules)
    {
        var chinese = new ChineseEntityFeatures(rules.Classes, bits, options.Stacked);
        var english = new EnglishEntityFeatures(rules.Classes, bits, options.Stacked);
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var rows = new List<PerceptronTrainer.Example>();
        foreach (var example in examples)
        {
            var repeat = example.Annotated ? options.AnnotatedWeight : 1;
            var text = TextNormalizer.Normalize(example.Text);
            if (text.Length != example.Text.Length) continue;
            var folded = rules.Fold(text);
            foreach (var split in SentenceSplitter.Split(text))
            {
                var sentence = split with { Lang = lang };
                var found = rules.RecognizeSentence(folded, text, sentence, out var words);
                if (lang == "zh")
                {
                    var features = chinese.Extract(folded, sentence.Start, sentence.End, words, found);
                    var gold = new int[features.Length];
                    foreach (var span in example.Spans)
                        for (var p = Math.Max(span.Start, sentence.Start); p < Math.Min(span.End, sentence.End); p++)
                            gold[p - sentence.Start] = index[(p == span.Start ? "B-" : "I-") + span.Label];
                    for (var r = 0; r < repeat && features.Length > 0; r++) rows.Add(new PerceptronTrainer.Example(features, gold));
                }
                else
                {
                    var features = english.Extract(folded, words, found);
                    var gold = new int[features.Length];
                    for (var t = 0; t < words.Count; t++)
                        foreach (var span in example.Spans)
                            if (words[t].Start >= span.Start && words[t].End <= span.End)
                                gold[t] = index[(words[t].Start == span.Start ? "B-" : "I-") + span.Label];
                    Repair(gold, labels);
                    for (var r = 0; r < repeat && features.Length > 0; r++) rows.Add(new PerceptronTrainer.Example(features, gold));
                }
            }
        }
        Log($"{lang} entities: {rows.Count} sentences, {rows.Sum(r => r.Gold.Length)} positions, {options.EntityEpochs} epochs");
        return PerceptronTrainer.Train(labels, bits, rows, options.EntityEpochs, options.Seed,
            Info($"{lang} entity labeler (averaged perceptron, BIO)", examples.Select(e => e.Source), rows.Count, options.EntityEpochs));
    }

    /// <summary>A word that only part of a name covers leaves an I- label with no B- before it: make it the B-.</summary>
    private static void Repair(int[] gold, string[] labels)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            var label = labels[gold[i]];
            if (!label.StartsWith("I-", StringComparison.Ordinal)) continue;
            var previous = i == 0 ? "O" : labels[gold[i - 1]];
            if (previous == "O" || previous[2..] != label[2..]) gold[i] = Array.IndexOf(labels, "B-" + label[2..]);
        }
    }

    private ClassifierModel TrainRelations(string lang, IReadOnlyList<RelationExample> examples, ArticleExtractor extractor)
    {
        var ruleSet = extractor.RuleSets[lang];
        var features = new RelationFeatures(extractor.Classes, ruleSet, options.RelationBits, options.Stacked);
        var roles = new RoleFinder(ruleSet.File);
        var rows = new List<(int[] Features, string Label)>();
        var labeller = new PairLabeller(_vocabulary);
        for (var e = 0; e < examples.Count; e++)
        {
            var example = examples[e];
            var repeat = example.Annotated ? options.AnnotatedWeight : 1;
            var text = TextNormalizer.Normalize(example.Text);
            if (text.Length != example.Text.Length) continue;
            foreach (var view in extractor.SentenceViews(new ArticleText($"{example.Source}-{e}.txt", text, Lang: lang)))
            {
                if (view.Sentence.Lang != lang || view.Marked.References.Count == 0) continue;
                var dates = example.LabelsDates ? Pairs.Dates(view.Folded, view.Sentence, view.Marked, null) : [];
                var pairs = Pairs.Of(view.Folded, view.Sentence.Start, view.Sentence.End, view.Marked, view.Words, dates);
                if (pairs.Count == 0) continue;
                var roleWords = roles.Find(view.Folded, view.Sentence.Start, view.Sentence.End);
                foreach (var pair in pairs)
                {
                    var labels = labeller.Labels(example, pair, view.Sentence, roleWords, view.Marked.References);
                    if (labels.Count == 0) continue;
                    var row = features.Extract(pair, view.Folded, view.Marked, view.Words, roleWords, view.RuleFacts);
                    for (var r = 0; r < repeat; r++)
                        foreach (var label in labels) rows.Add((row, label));
                }
            }
        }
        var labelNames = rows.Select(r => r.Label).Where(l => l != ClassifierModel.None).Distinct().Order(StringComparer.Ordinal)
            .Prepend(ClassifierModel.None).ToArray();
        var index = labelNames.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var data = rows.Select(r => new LogisticTrainer.Example(r.Features, index[r.Label])).ToList();
        Log($"{lang} relations: {data.Count} pairs, {data.Count(d => d.Label != 0)} related, labels {string.Join(' ', labelNames.Skip(1))}");
        return LogisticTrainer.Train(labelNames, options.RelationBits, data, new LogisticTrainer.Settings(Epochs: options.RelationEpochs, Seed: options.Seed),
            Info($"{lang} relationship classifier (logistic regression over entity pairs)", examples.Select(x => x.Source), data.Count,
                options.RelationEpochs));
    }

    private void Log(string message) => log?.Invoke(message);
}
