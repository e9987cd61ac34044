using System.Collections.Concurrent;
using KGraph.EditorSchemas;
using KGraph.Extraction.Reading;
using KGraph.Store;
using KGraph.Yaml;

namespace KGraph.Extraction;

/// <summary>
/// Extracts many articles in parallel and writes one YAML file per article
/// (<c>foo.zh.txt</c> → <c>{outDir}/foo.zh.yaml</c>). An unreadable article is reported and the
/// others still complete. Outcomes come back in input order.
/// </summary>
public sealed class ExtractionRunner(ArticleExtractor extractor, ReadLimits? limits = null)
{
    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    public static readonly string[] ArticleExtensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>Files as given, and the article files (by extension) inside folders, sorted.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path => Directory.Exists(path)
            ? FolderFiles.Under(path)
                .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [path]).ToList();

    /// <param name="outDir">Where to write YAML; null to only extract.</param>
    /// <param name="progress">Told the number of finished articles after each one.</param>
    public IReadOnlyList<ArticleOutcome> Run(IReadOnlyList<string> files, string? outDir, IProgress<int>? progress = null)
    {
        var outcomes = new ArticleOutcome[files.Count];
        var done = 0;
        // A run killed while writing leaves its temporaries behind; the next run into the folder clears them.
        if (outDir is not null) AtomicFile.RemoveStaleTemporaries(outDir);
        var outputNames = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            outcomes[i] = RunOne(files[i], outDir, outputNames);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return outcomes;
    }

    private ArticleOutcome RunOne(string path, string? outDir, ConcurrentDictionary<string, string> outputNames)
    {
        try
        {
            var result = extractor.Extract(ArticleReader.Read(path));
            if (outDir is null) return new ArticleOutcome(path, result, null, null);
            var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".yaml");
            if (!outputNames.TryAdd(output, path))
                return new ArticleOutcome(path, result, null, $"output {output} is already written for {outputNames[output]}; rename one of the articles");
            var yaml = GraphFileWriter.ToYaml([result.Document], result.Entities, result.Relationships, EditorSchemaLine.Prepend(outDir,
                $"Extracted by `kgraph extract` from {result.Document.Path}; regenerated on every run, do not edit.", "Correct facts in graph-data/curated/ or with `kgraph review`."));
            // The loader reads data files up to a limit: an extracted file over it would break the data root it is written into.
            var size = System.Text.Encoding.UTF8.GetByteCount(yaml);
            if (size > _limits.MaxFileBytes)
                return new ArticleOutcome(path, result, null, $"its extracted file would be {size / 1024} KiB, over the {_limits.MaxFileBytes / 1024} KiB a data file may have; nothing written, split the article");
            AtomicFile.WriteAllText(output, yaml);
            return new ArticleOutcome(path, result, output, null);
        }
        catch (ArticleReadException e)
        {
            return new ArticleOutcome(path, null, null, e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleOutcome(path, null, null, e.Message);
        }
    }
}
