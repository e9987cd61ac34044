using System.Diagnostics;
using System.Globalization;
using System.Text;
using KGraph.Extraction;
using KGraph.Extraction.Reading;
using KGraph.Store;

// Usage: dotnet run -c Release --project bench/KGraph.Extraction.Bench -- [--mb 5 | --once] [--command] [--no-hmm] [--rules-only] [--no-python]
//          [--threads N] [--tagger] [--tag [--cold]] [--startup] [--out DIR] FILE...
// FILEs are Chinese texts (articles, or JSON lines whose "text" fields are used); they are repeated
// into a corpus of about --mb megabytes of characters, cut into ~3,000-character articles.
// --once uses every paragraph of the FILEs once instead (varied text: no article repeats another).
// --command writes the articles as files and extracts them through `kgraph extract`'s path (ExtractionRunner:
// read each file, extract, write YAML by atomic replace), as the command does after its start-up.
// --out writes each article's YAML to DIR/a<index>.yaml (to diff the output before and after a change).
// --startup times what a fresh process spends before its first article, part by part (no FILE needed).
// --tagger compares our tagger with jieba.NET's PosSegmenter instead (tokens and CPU time).
// --tag times the extractor's tagger stage alone on one thread, with a checksum of its tokens (--out: DIR/tokens.txt);
// with --cold, the caches are evicted before each sentence, as the other stages do in the extractor.
var megabytes = 5.0;
var hmm = true;
var python = true;
var threads = Environment.ProcessorCount;
var taggerOnly = false;
var tagOnly = false;
var cold = false;
var rulesOnly = false;
var once = false;
var commandPath = false;
var startup = false;
string? outputFolder = null;
var inputs = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--mb") megabytes = double.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (args[i] == "--no-hmm") hmm = false;
    else if (args[i] == "--no-python") python = false;
    else if (args[i] == "--tagger") taggerOnly = true;
    else if (args[i] == "--tag") tagOnly = true;
    else if (args[i] == "--cold") cold = true;
    else if (args[i] == "--rules-only") rulesOnly = true;
    else if (args[i] == "--once") once = true;
    else if (args[i] == "--command") commandPath = true;
    else if (args[i] == "--startup") startup = true;
    else if (args[i] == "--out") outputFolder = args[++i];
    else if (args[i] == "--threads") threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else inputs.Add(args[i]);
}
if (startup)
{
    StartupTiming.Run();
    return 0;
}
if (inputs.Count == 0)
{
    Console.Error.WriteLine("usage: KGraph.Extraction.Bench [--mb 5 | --once] [--command] [--no-hmm] [--rules-only] [--no-python] [--threads N] " +
        "[--tagger] [--tag [--cold]] [--startup] [--out DIR] FILE...");
    return 2;
}

var paragraphs = inputs.SelectMany(Paragraphs).Where(p => p.Length > 0).ToList();
var target = once ? paragraphs.Sum(p => p.Length + 1) : (int)(megabytes * 1_000_000);
var articles = new List<string>();
var current = new StringBuilder();
var total = 0;
for (var i = 0; total < target; i++)
{
    var paragraph = paragraphs[i % paragraphs.Count];
    current.Append(paragraph).Append('\n');
    total += paragraph.Length + 1;
    if (current.Length < 3000) continue;
    articles.Add(current.ToString());
    current.Clear();
}
if (current.Length > 0) articles.Add(current.ToString());
if (taggerOnly)
{
    TaggerComparison.Run(paragraphs, articles, total);
    return 0;
}
if (tagOnly)
{
    TagTiming.Run(articles, hmm, outputFolder, cold);
    return 0;
}
var corpusPath = Path.Combine(Path.GetTempPath(), "kgraph-bench-corpus.txt");
File.WriteAllText(corpusPath, string.Concat(articles));

var load = Stopwatch.StartNew();
// The bundled models unless --rules-only, as `kgraph extract` runs.
var modelClock = Stopwatch.StartNew();
var models = rulesOnly ? null : KGraph.Extraction.Learning.ExtractionModels.Load(KGraph.Extraction.Learning.ExtractionModels.BundledDirectory);
modelClock.Stop();
var extractor = new ArticleExtractor([], new ExtractorOptions { UseHmm = hmm, Models = models });
extractor.Extract(ArticleReader.FromPlainText("warmup.txt", "马斯克起诉了OpenAI。"));
load.Stop();
if (commandPath)
{
    CommandPath.Run(extractor, articles, total, load.Elapsed);
    return 0;
}

// Stage clocks cost two timestamps per stage and sentence; reading and the YAML output are timed here.
var stages = new StageTimes();
extractor.Timings = stages;
long readTicks = 0, outputTicks = 0, outputChars = 0;
var loadBefore = LoadAverage();
GC.Collect();
var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration(),
    Allocated: GC.GetTotalAllocatedBytes());
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
long relationships = 0, entities = 0, peakHeap = 0;
Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, (text, _, index) =>
{
    var clock = Stopwatch.GetTimestamp();
    var article = ArticleReader.FromPlainText($"articles/a{index}.zh.txt", text);
    Interlocked.Add(ref readTicks, Stopwatch.GetTimestamp() - clock);
    var result = extractor.Extract(article);
    clock = Stopwatch.GetTimestamp();
    var yaml = GraphFileWriter.ToYaml([result.Document], result.Entities, result.Relationships);
    Interlocked.Add(ref outputTicks, Stopwatch.GetTimestamp() - clock);
    if (outputFolder is not null) File.WriteAllText(Path.Combine(outputFolder, $"a{index}.yaml"), yaml);
    Interlocked.Add(ref outputChars, yaml.Length);
    Interlocked.Add(ref relationships, result.Relationships.Count);
    Interlocked.Add(ref entities, result.Entities.Count);
    if (index % 64 == 0) InterlockedMax(ref peakHeap, GC.GetTotalMemory(false));
});
watch.Stop();
// The machine is shared: CPU seconds say what the extractor costs, wall time what it got.
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
var loadAfter = LoadAverage();
var peak = Process.GetCurrentProcess().PeakWorkingSet64;
var gcPause = (GC.GetTotalPauseDuration() - gcBefore.Pause).TotalSeconds;
var allocated = GC.GetTotalAllocatedBytes() - gcBefore.Allocated;

string? pythonNote = "--no-python";
var pythonSeconds = python ? RunPythonJieba(corpusPath, out pythonNote) : null;

const double MiB = 1024.0 * 1024;
Console.WriteLine(Line($"corpus: {total:N0} characters in {articles.Count:N0} articles; {threads} extraction threads on {Environment.ProcessorCount} cores; ") +
    Line($"HMM {(hmm ? "on" : "off")}"));
Console.WriteLine(Line($"load average before / after: {loadBefore} / {loadAfter} (other processes share the cores)"));
Console.WriteLine(Line($"start-up (rules + jieba dictionary + models): {load.Elapsed.TotalSeconds:0.00} s"));
if (models is not null) Console.WriteLine(Line($"models {models.Fingerprint} loaded in {modelClock.Elapsed.TotalSeconds:0.00} s (part of start-up)"));
Console.WriteLine(Line($"KGraph extractor, end to end (read, extract, YAML): {total / watch.Elapsed.TotalSeconds,12:N0} chars/s wall  ") +
    Line($"({watch.Elapsed.TotalSeconds:0.00} s; {entities:N0} entities, {relationships:N0} relationships, {outputChars / MiB:0.0} MiB YAML)"));
Console.WriteLine(Line($"KGraph extractor, per CPU second:                   {total / cpu,12:N0} chars/CPU-s ({cpu:0.00} CPU-s, all threads incl. GC)"));
Console.WriteLine(pythonSeconds is { } seconds
    ? Line($"Python jieba posseg.cut alone, 1 thread:            {total / seconds,12:N0} chars/CPU-s ({seconds:0.00} CPU-s, dictionary load excluded)")
    : $"Python jieba posseg.cut: not run ({pythonNote})");
var collections = Line($"{GC.CollectionCount(0) - gcBefore.Gen0}/{GC.CollectionCount(1) - gcBefore.Gen1}/{GC.CollectionCount(2) - gcBefore.Gen2}");
Console.WriteLine(Line($"memory: peak working set {peak / MiB:0} MiB, peak GC heap seen {peakHeap / MiB:0} MiB, {allocated / MiB:N0} MiB allocated, ") +
    Line($"GC pauses {gcPause:0.00} s, collections gen0/1/2 {collections}"));
var parts = new List<(string Name, double Seconds, long? Bytes)> { ("read + normalise", Stopwatch.GetElapsedTime(0, readTicks).TotalSeconds, null) };
parts.AddRange(Enum.GetValues<Stage>().Select(stage => (stage.ToString(), stages[stage].TotalSeconds, (long?)stages.AllocatedBytes(stage))));
parts.Add(("YAML output", Stopwatch.GetElapsedTime(0, outputTicks).TotalSeconds, null));
var timed = parts.Sum(p => p.Seconds);
Console.WriteLine(Line($"per stage (thread seconds, summed over threads; {timed:0.00} s timed):"));
foreach (var (name, stageSeconds, bytes) in parts)
    Console.WriteLine(Line($"  {name,-18} {stageSeconds,7:0.00} s {100 * stageSeconds / timed,6:0.0} %  {total / stageSeconds,14:N0} chars/s  ") +
        Line($"{(bytes is { } b ? $"{b / MiB,7:N0} MiB allocated" : "")}"));
return 0;

static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static void InterlockedMax(ref long target, long value)
{
    var current = Interlocked.Read(ref target);
    while (value > current)
    {
        var seen = Interlocked.CompareExchange(ref target, value, current);
        if (seen == current) return;
        current = seen;
    }
}

static IEnumerable<string> Paragraphs(string path)
{
    foreach (var line in File.ReadLines(path))
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('{'))
        {
            using var json = System.Text.Json.JsonDocument.Parse(trimmed);
            if (json.RootElement.TryGetProperty("text", out var text)) yield return text.GetString() ?? "";
        }
        else if (trimmed.Length > 0 && trimmed != "---" && !trimmed.Contains(": ", StringComparison.Ordinal)) yield return trimmed;
    }
}

static double? RunPythonJieba(string corpus, out string? note)
{
    const string script = "import sys,time,jieba,jieba.posseg as p\njieba.initialize()\nt=open(sys.argv[1],encoding='utf-8').read()\n" +
        "s=time.process_time()\nn=sum(1 for _ in p.cut(t))\nprint(time.process_time()-s)";
    try
    {
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(corpus);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        note = process.ExitCode == 0 ? null : "python3-jieba missing? " + error.Split('\n').LastOrDefault(l => l.Length > 0);
        return process.ExitCode == 0 ? double.Parse(output.Trim(), CultureInfo.InvariantCulture) : null;
    }
    catch (System.ComponentModel.Win32Exception e)
    {
        note = e.Message;
        return null;
    }
}
