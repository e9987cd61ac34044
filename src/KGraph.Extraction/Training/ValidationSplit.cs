using System.Text;
using System.Text.Json;
using KGraph.Extraction.Training.Corpora;
using KGraph.Store;

namespace KGraph.Extraction.Training;

/// <summary>
/// Writes the validation split of the corpora that have gold readers (DuIE, CoNLL04, CLUENER, Re-DocRED) in
/// their own formats, so that <c>kgraph eval</c> and the training report score them exactly as the shared
/// evaluation sets are scored. DuIE keeps the sentences of the people-and-company predicates, as its
/// evaluation set does. Our annotated business-news sentences (training/*.zh.jsonl, *.en.jsonl) are split the
/// same way and scored by <see cref="Evaluation.SentencesGold"/>.
/// </summary>
public static class ValidationSplit
{
    public const string Duie = "duie.validation.jsonl";
    public const string Cluener = "cluener.validation.jsonl";
    public const string Conll04 = "conll04.validation.json";
    public const string Redocred = "redocred.validation.json";
    public const string ChineseNews = "news.zh.validation.jsonl";
    public const string EnglishNews = "news.en.validation.jsonl";

    /// <summary>The files written (those whose corpus is in <paramref name="dataDirectory"/>), by name.</summary>
    public static IReadOnlyDictionary<string, string> Write(string dataDirectory, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        Lines(TrainingCorpora.Duie, Duie, root =>
            CorpusSplit.IsValidation(root.GetProperty("text").GetString()!)
            && root.GetProperty("spo_list").EnumerateArray()
                .Any(s => ChineseRelationCorpora.PeopleCompanyPredicates.Contains(s.GetProperty("predicate").GetString()!)));
        Lines(TrainingCorpora.Cluener, Cluener, root => CorpusSplit.IsValidation(root.GetProperty("text").GetString()!));
        Records(TrainingCorpora.Conll04, Conll04, record => string.Join(' ', record.GetProperty("tokens").EnumerateArray().Select(t => t.GetString())));
        Records(TrainingCorpora.Redocred, Redocred, document => string.Join(' ', document.GetProperty("sents").EnumerateArray()
            .Select(s => string.Join(' ', s.EnumerateArray().Select(t => t.GetString())))));
        foreach (var (lang, target) in new[] { ("zh", ChineseNews), ("en", EnglishNews) })
        {
            var files = TrainingCorpora.AnnotatedFiles(dataDirectory).Where(f => f.EndsWith($".{lang}.jsonl", StringComparison.Ordinal)).ToList();
            if (files.Count == 0) continue;
            var output = new StringBuilder();
            foreach (var line in files.SelectMany(BoundedFile.ReadLines).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var json = JsonDocument.Parse(line);
                if (CorpusSplit.IsValidation(json.RootElement.GetProperty("text").GetString()!)) output.Append(line).Append('\n');
            }
            File.WriteAllText(written[target] = Path.Combine(outDirectory, target), output.ToString());
        }
        return written;

        void Lines(string source, string target, Func<JsonElement, bool> keep)
        {
            var path = Path.Combine(dataDirectory, source);
            if (!File.Exists(path)) return;
            var output = new StringBuilder();
            foreach (var line in BoundedFile.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = JsonDocument.Parse(line);
                if (keep(json.RootElement)) output.Append(line).Append('\n');
            }
            File.WriteAllText(written[target] = Path.Combine(outDirectory, target), output.ToString());
        }

        void Records(string source, string target, Func<JsonElement, string> text)
        {
            var path = Path.Combine(dataDirectory, source);
            if (!File.Exists(path)) return;
            using var json = JsonDocument.Parse(BoundedFile.ReadAllTextUnbounded(path));
            var kept = json.RootElement.EnumerateArray().Where(r => CorpusSplit.IsValidation(text(r))).Select(r => r.GetRawText());
            File.WriteAllText(written[target] = Path.Combine(outDirectory, target), "[" + string.Join(",\n", kept) + "]\n");
        }
    }
}
