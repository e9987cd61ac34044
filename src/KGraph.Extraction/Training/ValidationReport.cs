using System.Globalization;
using System.Text;
using KGraph.Extraction.Evaluation;
using KGraph.Extraction.Learning;

namespace KGraph.Extraction.Training;

/// <summary>
/// Scores extractor configurations on the validation split: the hand rules alone, the models alone, both,
/// and both at a range of minimum confidences (the default is chosen here). Each score is the micro
/// average over the types the set labels, as <c>kgraph eval</c> prints it.
/// </summary>
public sealed class ValidationReport
{
    public static readonly double[] Thresholds = [0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99];

    /// <summary>The configuration `kgraph extract` runs: the models beside the rules, each language's model facts from its default threshold.</summary>
    public const string Default = "models+rules, default thresholds";

    public sealed record Row(string Configuration, string GoldSet, TypeScore Score);

    public List<Row> Rows { get; } = [];

    /// <summary>Per rule family (zh.founder, en.leads…) and model, over the relationship sets at the default threshold: facts right and wrong, and those it
    /// alone supports.</summary>
    public SortedDictionary<string, int[]> Families { get; } = new(StringComparer.Ordinal);

    public static ValidationReport Run(IReadOnlyDictionary<string, string> validationFiles, ExtractionModels models, Action<string>? log = null)
    {
        var report = new ValidationReport();
        var sets = validationFiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => GoldSetReader.Read(p.Value)).ToList();
        var configurations = new List<(string Name, ExtractorOptions Options)>
        {
            ("rules", new ExtractorOptions()),
            ("models", new ExtractorOptions { Models = models, RelationRules = false, RuleNames = RuleNames.Dropped }),
            ("models+rules, no rule names", new ExtractorOptions { Models = models, RuleNames = RuleNames.Dropped }),
            ("models+rules+all rule names", new ExtractorOptions { Models = models, RuleNames = RuleNames.All }),
            ("models+rules+pattern names", new ExtractorOptions { Models = models, RuleNames = RuleNames.Patterns }),
            ("models+rules, English names by rules",
                new ExtractorOptions { Models = models, EntityModelLanguages = new HashSet<string>(StringComparer.Ordinal) { "zh" } }),
        };
        configurations.Add((Default, new ExtractorOptions { Models = models }));
        foreach (var threshold in Thresholds)
            configurations.Add(($"models+rules@{threshold.ToString("0.0#", CultureInfo.InvariantCulture)}",
                new ExtractorOptions { Models = models, ModelMinConfidence = threshold }));
        foreach (var (name, options) in configurations)
        {
            var evaluator = new Evaluator(new ArticleExtractor([], options));
            foreach (var set in sets)
            {
                var evaluation = evaluator.Evaluate(set);
                var score = evaluation.Overall;
                report.Rows.Add(new Row(name, set.Name, score));
                if (name == Default && set.Format is GoldFormat.Duie or GoldFormat.Conll04 or GoldFormat.Sentences)
                    foreach (var source in evaluation.Sources)
                    {
                        var family = Family(source.Source);
                        if (!report.Families.TryGetValue(family, out var counts)) report.Families[family] = counts = new int[4];
                        counts[0] += source.Correct;
                        counts[1] += source.Wrong;
                        counts[2] += source.CorrectAlone;
                        counts[3] += source.WrongAlone;
                    }
                log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-18} {set.Name,-26} P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000}"));
            }
        }
        return report;
    }

    /// <summary>A rule's family: its id without the last part (zh.founder.possessive → zh.founder); a model stays itself.</summary>
    public static string Family(string rule) =>
        Learning.ModelRules.IsModel(rule) || rule.Count(c => c == '.') < 2 ? rule : rule[..rule.LastIndexOf('.')];

    /// <summary>The families, worst first by what they alone add: right minus wrong facts no other source supports.</summary>
    public string FamiliesToMarkdown()
    {
        var text = new StringBuilder("| source | facts right / wrong | alone right / wrong |\n|---|---|---|\n");
        foreach (var (family, c) in Families.OrderBy(f => f.Value[2] - f.Value[3]).ThenBy(f => f.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"| {family} | {c[0]} / {c[1]} | {c[2]} / {c[3]} |\n");
        return text.ToString();
    }

    /// <summary>
    /// Each language's threshold for its model's facts (rule facts kept): the one with the highest mean F1 over that
    /// language's relationship sets (DuIE and our Chinese business-news sentences; CoNLL04 and our English ones) among
    /// those that keep precision at 0.70 or more (the precision the project promises) on its business-news set, the text
    /// users bring; the highest mean F1 if none does. The two classifiers are trained apart and are not equally sure of themselves.
    /// </summary>
    public IReadOnlyDictionary<string, double> BestThresholds()
    {
        var best = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var languages = new[] { ("en", ValidationSplit.Conll04, ValidationSplit.EnglishNews), ("zh", ValidationSplit.Duie, ValidationSplit.ChineseNews) };
        foreach (var (lang, corpus, news) in languages)
        {
            var scored = new List<(double Threshold, double F1, bool Precise)>();
            foreach (var threshold in Thresholds)
            {
                var name = $"models+rules@{threshold.ToString("0.0#", CultureInfo.InvariantCulture)}";
                var rows = Rows.Where(r => r.Configuration == name && (r.GoldSet == corpus || r.GoldSet == news)).ToList();
                if (rows.Count == 0) continue;
                scored.Add((threshold, rows.Average(r => r.Score.F1), rows.Where(r => r.GoldSet == news).All(r => r.Score.Precision >= 0.70)));
            }
            var candidates = scored.Exists(s => s.Precise) ? scored.Where(s => s.Precise) : scored;
            if (candidates.Any()) best[lang] = candidates.OrderByDescending(s => s.F1).ThenBy(s => s.Threshold).First().Threshold;
        }
        return best;
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var sets = Rows.Select(r => r.GoldSet).Distinct().ToList();
        text.Append("| configuration |").AppendJoin("", sets.Select(s => $" {s} P / R / F1 |")).Append('\n');
        text.Append("|---|").AppendJoin("", sets.Select(_ => "---|")).Append('\n');
        foreach (var configuration in Rows.Select(r => r.Configuration).Distinct())
        {
            text.Append("| ").Append(configuration).Append(" |");
            foreach (var set in sets)
            {
                var s = Rows.First(r => r.Configuration == configuration && r.GoldSet == set).Score;
                text.Append(string.Create(CultureInfo.InvariantCulture, $" {s.Precision:0.000} / {s.Recall:0.000} / {s.F1:0.000} |"));
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
