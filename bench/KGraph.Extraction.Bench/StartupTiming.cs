using System.Diagnostics;
using System.Globalization;
using KGraph.Extraction;
using KGraph.Extraction.Learning;
using KGraph.Extraction.Reading;
using KGraph.Extraction.Recognition;

/// <summary>
/// --startup: what a fresh process spends before its first article, part by part and one after the
/// other (so each part's CPU time is its own): jieba's dictionary and HMM, each model file, the rest
/// of the extractor (rules, lexicons), and a first short article in each language (which reads that
/// language's weights: <see cref="ExtractionModels"/> defers them). Run it in a new
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
        var directory = ExtractionModels.BundledDirectory;
        // Every model read stays alive to the end, as in the command: a freed table's memory would make the next read look cheap.
        var alive = new List<object>();
        Time("jieba dictionary + HMM", () => _ = JiebaTagger.Base);
        foreach (var file in new[] { ExtractionModels.ChineseEntitiesFile, ExtractionModels.EnglishEntitiesFile })
            Time(file, () => alive.Add(SequenceModel.Load(Path.Combine(directory, file))));
        foreach (var file in new[] { ExtractionModels.ChineseRelationsFile, ExtractionModels.EnglishRelationsFile })
            Time(file, () => alive.Add(ClassifierModel.Load(Path.Combine(directory, file))));
        ExtractionModels? models = null;
        Time("ExtractionModels.Load (checks the files)", () => models = ExtractionModels.Load(directory));
        ArticleExtractor? extractor = null;
        Time("extractor: rules, lexicons, matchers", () => extractor = new ArticleExtractor([], new ExtractorOptions { Models = models }));
        Time("first Chinese article", () => extractor!.Extract(ArticleReader.FromPlainText("a.zh.txt", "星辰科技昨天宣布，王立明出任首席执行官。")));
        Time("first English article", () => extractor!.Extract(ArticleReader.FromPlainText("a.en.txt", "Northwind Labs named Dana Reyes its chief executive on Monday.")));
        GC.KeepAlive(alive);
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {Environment.ProcessorCount} cores; process start to Main not included");
        foreach (var (name, wall, cpu, workingSet) in parts)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {wall,6:0.000} s wall {cpu,6:0.000} CPU-s  working set after {workingSet,5:0} MiB"));
    }
}
