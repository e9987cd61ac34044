using KGraph.Diagnostics;
using KGraph.EditorSchemas;
using KGraph.Extraction.Output;
using KGraph.Extraction.Reading;
using KGraph.Store;
using KGraph.Yaml;

namespace KGraph.Extraction;

/// <summary>
/// Extracts many articles in parallel and writes one YAML file per article
/// (<c>foo.zh.txt</c> → <c>{outDir}/foo.zh.yaml</c>). An unreadable article is reported and the
/// others still complete. Outcomes come back in input order. Of two articles that map to one output
/// file, the one given first writes it and the other is refused, also when they fall in different shards.
/// </summary>
public sealed class ExtractionRunner(ArticleExtractor extractor, ReadLimits? limits = null)
{
    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    public static readonly string[] ArticleExtensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>Files as given, and the article files (by extension) inside folders, sorted.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) => [.. ExpandArticles(paths).Select(a => a.Path)];

    /// <summary>As <see cref="ExpandPaths"/>, each with the key that decides its shard.</summary>
    public static IReadOnlyList<ArticleFile> ExpandArticles(IEnumerable<string> paths) =>
        paths.SelectMany<string, ArticleFile>(path => Directory.Exists(path)
            ? FolderFiles.Under(path)
                .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => ArticleFile.FoundUnder(path, f))
            : [ArticleFile.Given(path)]).ToList();

    /// <param name="outDir">Where to write YAML; null to only extract.</param>
    /// <param name="progress">Told the number of finished articles after each one.</param>
    public IReadOnlyList<ArticleOutcome> Run(IReadOnlyList<string> files, string? outDir, IProgress<int>? progress = null) =>
        Run([.. files.Select(ArticleFile.Given)], ArticleShard.Whole, outDir, progress);

    /// <summary>
    /// An incremental run: an article whose bytes, extractor version and output file are as <paramref name="manifest"/>
    /// recorded keeps its file (<see cref="ArticleOutcome.Unchanged"/>); the others are extracted and recorded.
    /// </summary>
    public IReadOnlyList<ArticleOutcome> Run(IReadOnlyList<string> files, string outDir, ExtractionManifest manifest, IProgress<int>? progress = null) =>
        Run([.. files.Select(ArticleFile.Given)], ArticleShard.Whole, outDir, progress, manifest);

    /// <summary>Extracts the articles of <paramref name="shard"/> only; outcomes are theirs, in input order.</summary>
    /// <param name="files">Every input of the run, not only the shard's: output names are claimed over all of them.</param>
    public IReadOnlyList<ArticleOutcome> Run(IReadOnlyList<ArticleFile> files, ArticleShard shard, string? outDir, IProgress<int>? progress = null) =>
        Run(files, shard, outDir, progress, null);

    private ArticleOutcome[] Run(IReadOnlyList<ArticleFile> files, ArticleShard shard, string? outDir, IProgress<int>? progress, ExtractionManifest? manifest)
    {
        var taken = Enumerable.Range(0, files.Count).Where(i => shard.Takes(files[i])).ToList();
        var owners = outDir is null ? null : OutputOwners(files, outDir);
        var outcomes = new ArticleOutcome[taken.Count];
        var done = 0;
        // A run killed while writing leaves its temporaries behind; the next run into the folder clears them.
        if (outDir is not null) AtomicFile.RemoveStaleTemporaries(outDir);
        Parallel.For(0, taken.Count, new ParallelOptions { MaxDegreeOfParallelism = extractor.Parallelism }, i =>
        {
            var path = files[taken[i]].Path;
            var owner = owners?[OutputFor(path, outDir!)] ?? taken[i];
            outcomes[i] = owner == taken[i]
                ? RunOne(path, outDir, manifest)
                : new ArticleOutcome(path, null, null,
                    $"output {OutputFor(path, outDir!)} belongs to {files[owner].Path}, given before it; rename one of the articles");
            progress?.Report(Interlocked.Increment(ref done));
        });
        return outcomes;
    }

    /// <summary>
    /// Which input writes each output file: the first to map to it. Decided over all inputs before any
    /// is extracted, so that the same article is refused whichever shard, or thread, meets it first.
    /// </summary>
    private static Dictionary<string, int> OutputOwners(IReadOnlyList<ArticleFile> files, string outDir)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++) owners.TryAdd(OutputFor(files[i].Path, outDir), i);
        return owners;
    }

    private static string ToYaml(ExtractionResult result, string outDir) =>
        GraphFileWriter.ToYaml([result.Document], result.Entities, result.Relationships, EditorSchemaLine.Prepend(outDir,
            $"Extracted by `kgraph extract` from {result.Document.Path}; regenerated on every run, do not edit.",
                "Correct facts in graph-data/curated/ or with `kgraph review`."));

    /// <summary>The result with the fewest mentions and quotes left out that fits the limit, and a warning saying what was left out; null when none
    /// fits.</summary>
    private (ExtractionResult Result, string Yaml)? Trimmed(string path, ExtractionResult full, string outDir)
    {
        foreach (var count in EvidenceTrim.Steps)
        {
            var trimmed = EvidenceTrim.KeepFirst(full, count);
            var yaml = ToYaml(trimmed, outDir);
            if (System.Text.Encoding.UTF8.GetByteCount(yaml) > _limits.MaxFileBytes) continue;
            var (mentions, quotes) = EvidenceTrim.LeftOut(full, trimmed);
            var warning = new Diagnostic(SourcePosition.StartOf(path),
                $"the extracted file keeps the first {count} mentions of each entity and quotes of each fact " +
                $"({mentions} mentions and {quotes} quotes left out) " +
                $"to stay under the {_limits.MaxFileBytes / 1024} KiB a data file may have", Severity.Warning);
            return (trimmed with { Diagnostics = [.. full.Diagnostics, warning] }, yaml);
        }
        return null;
    }

    private static string OutputFor(string path, string outDir) => Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".yaml");

    private ArticleOutcome RunOne(string path, string? outDir, ExtractionManifest? manifest)
    {
        try
        {
            var articleSha256 = manifest is null ? null : ArticleHash(path);
            if (articleSha256 is not null && manifest!.Kept(path, OutputFor(path, outDir!), articleSha256) is { } kept)
                return ArticleOutcome.OfKept(path, OutputFor(path, outDir!), kept);
            var result = extractor.Extract(ArticleReader.Read(path));
            if (outDir is null) return ArticleOutcome.Of(path, result, null, null, keep: true);
            var output = OutputFor(path, outDir);
            var yaml = ToYaml(result, outDir);
            // The loader reads data files up to a limit: an extracted file over it would break the data root it is written into.
            var size = System.Text.Encoding.UTF8.GetByteCount(yaml);
            if (size > _limits.MaxFileBytes)
            {
                if (Trimmed(path, result, outDir) is not ({ } trimmed, { } trimmedYaml))
                    return ArticleOutcome.Of(path, result, null,
                        $"its extracted file would be {size / 1024} KiB, over the {_limits.MaxFileBytes / 1024} KiB a data file may have; " +
                        "nothing written, split the article", keep: false);
                (result, yaml) = (trimmed, trimmedYaml);
            }
            var bytes = System.Text.Encoding.UTF8.GetBytes(yaml);
            // Extracted files are regenerated by a rerun: replaced atomically, but not forced to disk one by one.
            AtomicFile.WriteAllBytes(output, bytes, durable: false);
            if (articleSha256 is not null) manifest!.Record(path, articleSha256, output, bytes, result);
            return ArticleOutcome.Of(path, result, output, null, keep: false);
        }
        catch (ArticleReadException e)
        {
            return new ArticleOutcome(path, null, null, e.Reason);
        }
        catch (Proposals.ProposalFailedException e)
        {
            return new ArticleOutcome(path, null, null, e.Message + "; nothing written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleOutcome(path, null, null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect met on one article fails that article, not the run: the others are still extracted and written.
            return new ArticleOutcome(path, null, null,
                $"extraction failed ({e.GetType().Name}: {e.Message}); nothing written. This is a defect in kgraph: please report it with the article");
        }
    }

    /// <summary>The article's bytes hashed, or null when they cannot be read (extracting it then reports why).</summary>
    private string? ArticleHash(string path)
    {
        try
        {
            return ExtractionManifest.ArticleHash(path, _limits.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
