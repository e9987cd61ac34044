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
    public static readonly double[] Thresholds = [0, 0.5, 0.7, 0.8, 0.9, 0.93, 0.95, 0.97, 0.99];

    public sealed record Row(string Configuration, string GoldSet, TypeScore Score);

    public List<Row> Rows { get; } = [];

    /// <summary>Per rule family (zh.founder, en.leads…) and model, over the relationship sets at the default threshold: facts right and wrong, and those it alone supports.</summary>
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
            ("models+rules, English names by rules", new ExtractorOptions { Models = models, EntityModelLanguages = new HashSet<string>(StringComparer.Ordinal) { "zh" } }),
        };
        foreach (var threshold in Thresholds)
            configurations.Add(($"models+rules@{threshold.ToString("0.0#", CultureInfo.InvariantCulture)}", new ExtractorOptions { Models = models, ModelMinConfidence = threshold }));
        foreach (var (name, options) in configurations)
        {
            var evaluator = new Evaluator(new ArticleExtractor([], options));
            foreach (var set in sets)
            {
                var evaluation = evaluator.Evaluate(set);
                var score = evaluation.Overall;
                report.Rows.Add(new Row(name, set.Name, score));
                if (options.Models is not null && options.MinConfidence is null && options.ModelMinConfidence == ExtractorOptions.DefaultModelMinConfidence
                    && options.RuleNames == RuleNames.LatinInChinese && options.RelationRules && set.Format is GoldFormat.Duie or GoldFormat.Conll04 or GoldFormat.Sentences)
                    foreach (var source in evaluation.Sources)
                    {
                        var family = Family(source.Source);
                        if (!report.Families.TryGetValue(family, out var counts)) report.Families[family] = counts = new int[4];
                        counts[0] += source.Correct;
                        counts[1] += source.Wrong;
                        counts[2] += source.CorrectAlone;
                        counts[3] += source.WrongAlone;
                    }
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {set.Name,-26} P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000}"));
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
    /// The models' threshold (rule facts kept) with the highest mean F1 over the relationship sets (DuIE, CoNLL04 and our
    /// business-news sentences in each language) among those that keep precision at 0.70 or more (the precision the
    /// project promises) on the business-news sets, the text users bring; the highest mean F1 if none does.
    /// </summary>
    public double BestThreshold()
    {
        var scored = new List<(double Threshold, double F1, bool Precise)>();
        foreach (var threshold in Thresholds)
        {
            var name = $"models+rules@{threshold.ToString("0.0#", CultureInfo.InvariantCulture)}";
            var rows = Rows.Where(r => r.Configuration == name && r.GoldSet is ValidationSplit.Duie or ValidationSplit.Conll04 or ValidationSplit.ChineseNews or ValidationSplit.EnglishNews).ToList();
            var news = rows.Where(r => r.GoldSet is ValidationSplit.ChineseNews or ValidationSplit.EnglishNews).ToList();
            if (rows.Count > 0) scored.Add((threshold, rows.Average(r => r.Score.F1), news.TrueForAll(r => r.Score.Precision >= 0.70)));
        }
        var candidates = scored.Exists(s => s.Precise) ? scored.Where(s => s.Precise) : scored;
        return candidates.OrderByDescending(s => s.F1).ThenBy(s => s.Threshold).Select(s => s.Threshold).FirstOrDefault();
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
