using KGraph.Extraction.Training.Corpora;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Training;

/// <summary>
/// The training halves of the corpora in a data folder (shared/train's layout): every record whose text is
/// not in the validation split. A file that is absent is skipped with a note; a folder with none of them is an error.
/// </summary>
internal sealed record TrainingCorpora(
    IReadOnlyList<EntityExample> ChineseEntities,
    IReadOnlyList<EntityExample> EnglishEntities,
    IReadOnlyList<RelationExample> ChineseRelations,
    IReadOnlyList<RelationExample> EnglishRelations)
{
    public const string Duie = "duie2.train.jsonl";
    public const string Cluener = "cluener.train.jsonl";
    public const string Resume = "resume-ner.train.bmes";
    public const string CompanyExecutives = "company-exec-ner.train.bio";
    public const string Weibo = "weibo-ner.train.conll";
    public const string Finre = "finre.train.txt";
    public const string Conll04 = "conll04.train.json";
    public const string Redocred = "redocred.train.json";
    public const string Kbp37 = "kbp37.train.txt";

    public static readonly string[] Files = [Duie, Cluener, Resume, CompanyExecutives, Weibo, Finre, Conll04, Redocred, Kbp37];

    /// <summary>The corpora of several folders together: the public ones (shared/train) and our own annotated sentences (training/).</summary>
    public static TrainingCorpora Read(IReadOnlyList<string> directories, int? limit, bool holdOutAnnotated, GraphVocabulary vocabulary, Action<string> log)
    {
        var parts = directories.Select(d => Read(d, limit, holdOutAnnotated, vocabulary, log)).ToList();
        var corpora = new TrainingCorpora(
            [.. parts.SelectMany(p => p.ChineseEntities)], [.. parts.SelectMany(p => p.EnglishEntities)],
            [.. parts.SelectMany(p => p.ChineseRelations)], [.. parts.SelectMany(p => p.EnglishRelations)]);
        if (corpora.ChineseEntities.Count == 0 || corpora.EnglishEntities.Count == 0 || corpora.ChineseRelations.Count == 0
            || corpora.EnglishRelations.Count == 0)
            throw new InvalidDataException($"{string.Join(", ", directories)}: each of Chinese and English needs entity and relationship data to train on");
        return corpora;
    }

    /// <summary>Our annotated sentence files in a folder: *.zh.jsonl and *.en.jsonl that are not a public corpus, sorted.</summary>
    public static IReadOnlyList<string> AnnotatedFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.jsonl")
            .Where(f => !Files.Contains(Path.GetFileName(f))
                && (f.EndsWith(".zh.jsonl", StringComparison.Ordinal) || f.EndsWith(".en.jsonl", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// One folder: the training halves of the public corpora it has and of our annotated sentences (*.zh.jsonl,
    /// *.en.jsonl that are not a public corpus). Our sentences are split like the corpora when
    /// <paramref name="holdOutAnnotated"/>, so that the settings are chosen on business-news phrasing too and not only
    /// on encyclopedia text and 1980s newswire; the final models then learn from all of them.
    /// </summary>
    private static TrainingCorpora Read(string directory, int? limit, bool holdOutAnnotated, GraphVocabulary vocabulary, Action<string> log)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: training data folder not found");
        var present = Files.Where(f => File.Exists(Path.Combine(directory, f))).ToHashSet(StringComparer.Ordinal);
        var ours = AnnotatedFiles(directory);
        if (present.Count == 0 && ours.Count == 0)
            throw new InvalidDataException($"{directory}: none of the training corpora is there " +
                $"(expected some of {string.Join(", ", Files)}, or annotated *.zh.jsonl / *.en.jsonl)");
        if (present.Count > 0)
            foreach (var missing in Files.Where(f => !present.Contains(f))) log($"{missing}: not in {directory}, skipped");
        var annotated = ours.Select(f => (Lang: f.EndsWith(".zh.jsonl", StringComparison.Ordinal) ? "zh" : "en", Data: ReadAnnotated(f))).ToList();

        List<T> Load<T>(string file, Func<string, List<T>> read) =>
            present.Contains(file) ? Take(read(Path.Combine(directory, file))) : [];
        List<T> Take<T>(List<T> items) => limit is { } n ? items.Take(n).ToList() : items;

        var conll04 = present.Contains(Conll04) ? EnglishCorpora.Conll04(Path.Combine(directory, Conll04), new CorpusLabels(vocabulary, "conll04")) : ([], []);
        var redocred = present.Contains(Redocred) ? EnglishCorpora.Redocred(Path.Combine(directory, Redocred),
            new CorpusLabels(vocabulary, "wikidata")) : ([], []);
        var chineseEntities = Load(Cluener, ChineseEntityCorpora.Cluener)
            .Concat(Load(Resume, ChineseEntityCorpora.Resume))
            .Concat(Load(CompanyExecutives, ChineseEntityCorpora.CompanyExecutives))
            .Concat(Load(Weibo, ChineseEntityCorpora.Weibo));
        var englishEntities = Take(conll04.Entities).Concat(Take(redocred.Entities));
        var chineseRelations = Load(Duie, path => ChineseRelationCorpora.Duie(path, new CorpusLabels(vocabulary, "duie")))
            .Concat(Load(Finre, path => ChineseRelationCorpora.Finre(path, new CorpusLabels(vocabulary, "finre"))));
        var englishRelations = Take(conll04.Relations).Concat(Take(redocred.Relations))
            .Concat(Load(Kbp37, path => EnglishCorpora.Kbp37(path, new CorpusLabels(vocabulary, "kbp37"))));
        return new TrainingCorpora(
            [.. chineseEntities.Where(e => !CorpusSplit.IsValidation(e.Text)),
                .. Ours("zh").SelectMany(a => a.Data.Entities).Where(e => !holdOutAnnotated || !CorpusSplit.IsValidation(e.Text))],
            [.. englishEntities.Where(e => !CorpusSplit.IsValidation(e.Text)),
                .. Ours("en").SelectMany(a => a.Data.Entities).Where(e => !holdOutAnnotated || !CorpusSplit.IsValidation(e.Text))],
            [.. chineseRelations.Where(e => !CorpusSplit.IsValidation(e.Text)),
                .. Ours("zh").SelectMany(a => a.Data.Relations).Where(e => !holdOutAnnotated || !CorpusSplit.IsValidation(e.Text))],
            [.. englishRelations.Where(e => !CorpusSplit.IsValidation(e.Text)),
                .. Ours("en").SelectMany(a => a.Data.Relations).Where(e => !holdOutAnnotated || !CorpusSplit.IsValidation(e.Text))]);

        IEnumerable<(string Lang, (List<EntityExample> Entities, List<RelationExample> Relations) Data)> Ours(string lang)
            => annotated.Where(a => a.Lang == lang);

        (List<EntityExample> Entities, List<RelationExample> Relations) ReadAnnotated(string file)
        {
            try
            {
                return AnnotatedSentences.Read(file, file.EndsWith(".zh.jsonl", StringComparison.Ordinal) ? "zh" : "en");
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{file}: {e.Message}", e);
            }
        }
    }

}
