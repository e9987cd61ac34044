using System.Diagnostics;
using KGraph.Extraction;

/// <summary>
/// Extraction as <c>kgraph extract DIR --out OUT</c> runs it once started: the articles are files,
/// each is read, extracted and written as YAML by atomic replace, in parallel.
/// </summary>
internal static class CommandPath
{
    public static void Run(ArticleExtractor extractor, IReadOnlyList<string> articles, long characters, TimeSpan startUp)
    {
        var folder = Directory.CreateTempSubdirectory("kgraph-bench-command-").FullName;
        try
        {
            var input = Path.Combine(folder, "articles");
            Directory.CreateDirectory(input);
            for (var i = 0; i < articles.Count; i++) File.WriteAllText(Path.Combine(input, $"a{i:D6}.zh.txt"), articles[i]);
            var files = ExtractionRunner.ExpandPaths([input]);
            GC.Collect();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var outcomes = new ExtractionRunner(extractor).Run(files, Path.Combine(folder, "out"));
            watch.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var failed = outcomes.Count(o => !o.Succeeded);
            Console.WriteLine($"corpus: {characters:N0} characters in {articles.Count:N0} article files; " +
                $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
            Console.WriteLine($"start-up (rules + jieba dictionary + models): {startUp.TotalSeconds:0.00} s");
            Console.WriteLine($"kgraph extract path (read files, extract, write YAML): {characters / watch.Elapsed.TotalSeconds,12:N0} chars/s wall " +
                $"({watch.Elapsed.TotalSeconds:0.00} s), {characters / cpu,12:N0} chars/CPU-s");
            Console.WriteLine($"  with start-up: {characters / (watch.Elapsed + startUp).TotalSeconds,12:N0} chars/s wall; " +
                $"{outcomes.Sum(o => o.EntityCount):N0} entities, {outcomes.Sum(o => o.RelationshipCount):N0} relationships, {failed} failed; " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
