using System.Diagnostics;
using System.Globalization;
using KGraph.Extraction;
using KGraph.Extraction.Learning;
using KGraph.Extraction.Reading;
using KGraph.Extraction.Recognition;

/// <summary>
/// --startup: what a fresh process spends before its first articles, part by part and one after the
/// other (so each part's CPU time is its own): checking the model files, the extractor (rules,
/// lexicons), a first English article (which reads the English weights: <see cref="ExtractionModels"/>
/// defers them), jieba's dictionary and HMM (read at the first Chinese sentence), a first Chinese
/// article (the Chinese weights), and a second one for comparison. Run it in a new
/// process each time: every part is measured cold, as `kgraph extract` meets it.
/// </summary>
internal static class StartupTiming
{
    public static void Run()
    {
        var process = Process.GetCurrentProcess();
        var parts = new List<(string Name, double Wall, double Cpu, double WorkingSetMiB)>();
        void Time(string name, Action work)
        {
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            work();
            watch.Stop();
            process.Refresh();
            parts.Add((name, watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, process.WorkingSet64 / 1048576.0));
        }
        ExtractionModels? models = null;
        Time("ExtractionModels.Load (checks the files)", () => models = ExtractionModels.Load(ExtractionModels.BundledDirectory));
        ArticleExtractor? extractor = null;
        Time("extractor: rules, lexicons, matchers", () => extractor = new ArticleExtractor([], new ExtractorOptions { Models = models }));
        Time("first English article (en weights)",
            () => extractor!.Extract(ArticleReader.FromPlainText("a.en.txt", "Northwind Labs named Dana Reyes its chief executive on Monday.")));
        Time("jieba dictionary + HMM", () => _ = JiebaTagger.Base);
        Time("first Chinese article (zh weights)", () => extractor!.Extract(ArticleReader.FromPlainText("a.zh.txt", "星辰科技昨天宣布，王立明出任首席执行官。")));
        Time("second Chinese article", () => extractor!.Extract(ArticleReader.FromPlainText("b.zh.txt", "澜岳数智昨天宣布，周海洋出任首席财务官。")));
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {Environment.ProcessorCount} cores; " +
            "process start to Main not included");
        foreach (var (name, wall, cpu, workingSet) in parts)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-40} {wall,6:0.000} s wall {cpu,6:0.000} CPU-s  working set after {workingSet,5:0} MiB"));
    }
}
