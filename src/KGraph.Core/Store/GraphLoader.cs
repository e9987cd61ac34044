using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Resolution;
using KGraph.Reviews;
using KGraph.Validation;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Store;

/// <summary>
/// Loads graph data the way every command sees it: files found from the given paths, read
/// in parallel, the review log replayed, names resolved, everything validated. Problems are
/// collected, never thrown, so that one run reports them all.
/// </summary>
public static class GraphLoader
{
    public static LoadResult Load(IReadOnlyList<string> paths, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var diagnostics = new DiagnosticBag();
        var dataSet = GraphDataSet.Discover(paths, diagnostics);

        var vocabulary = GraphVocabulary.BuiltIn;
        var schemaPath = options.SchemaPath ?? dataSet.SchemaPath;
        if (schemaPath is not null)
            vocabulary = VocabularyReader.Load(schemaPath, diagnostics, options.Limits) ?? GraphVocabulary.BuiltIn;

        var reader = new GraphFileReader(vocabulary, options.Limits);
        var files = new GraphFile?[dataSet.Files.Count];
        Parallel.For(0, files.Length, i => files[i] = reader.Read(dataSet.Files[i].Path, dataSet.Files[i].Layer, diagnostics));

        var reviews = dataSet.ReviewLogPath is { } log ? ReviewLogReader.Read(log, diagnostics, options.Limits) : [];
        var resolved = new GraphResolver(vocabulary).Resolve(files.OfType<GraphFile>().ToList(), reviews, diagnostics);
        if (options.Texts is not null)
            new EvidenceChecker(options.Texts, Directory.GetCurrentDirectory()).Check(resolved, diagnostics);

        return new LoadResult(resolved.Graph, vocabulary, diagnostics.Sorted(), dataSet, resolved);
    }
}
