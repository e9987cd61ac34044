using System.Diagnostics;
using System.Globalization;
using System.Text;
using KGraph.Extraction;
using KGraph.Extraction.Reading;

// Usage: dotnet run -c Release --project bench/KGraph.Extraction.Bench -- [--mb 5] [--no-hmm] FILE...
// FILEs are Chinese texts (articles, or JSON lines whose "text" fields are used); they are repeated
// into a corpus of about --mb megabytes of characters, cut into ~3,000-character articles.
var megabytes = 5.0;
var hmm = true;
var inputs = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--mb") megabytes = double.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (args[i] == "--no-hmm") hmm = false;
    else inputs.Add(args[i]);
}
if (inputs.Count == 0)
{
    Console.Error.WriteLine("usage: KGraph.Extraction.Bench [--mb 5] [--no-hmm] FILE...");
    return 2;
}

var paragraphs = inputs.SelectMany(Paragraphs).Where(p => p.Length > 0).ToList();
var target = (int)(megabytes * 1_000_000);
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
var corpusPath = Path.Combine(Path.GetTempPath(), "kgraph-bench-corpus.txt");
File.WriteAllText(corpusPath, string.Concat(articles));

var load = Stopwatch.StartNew();
var extractor = new ArticleExtractor([], new ExtractorOptions { UseHmm = hmm });
extractor.Extract(ArticleReader.FromPlainText("warmup.txt", "马斯克起诉了OpenAI。"));
load.Stop();

var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
long relationships = 0, entities = 0;
Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (text, _, index) =>
{
    var result = extractor.Extract(ArticleReader.FromPlainText($"a{index}.txt", text));
    Interlocked.Add(ref relationships, result.Relationships.Count);
    Interlocked.Add(ref entities, result.Entities.Count);
});
watch.Stop();
// The machine is shared: CPU seconds say what the extractor costs, wall time what it got.
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
var peak = Process.GetCurrentProcess().PeakWorkingSet64;

var python = Stopwatch.StartNew();
var pythonSeconds = RunPythonJieba(corpusPath, out var pythonNote);
python.Stop();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {total:N0} characters in {articles.Count:N0} articles, {Environment.ProcessorCount} cores, HMM {(hmm ? "on" : "off")}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up (rules + jieba dictionary): {load.Elapsed.TotalSeconds:0.00} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"KGraph extractor, end to end:  {total / watch.Elapsed.TotalSeconds,12:N0} chars/s  ({watch.Elapsed.TotalSeconds:0.00} s, {entities:N0} entities, {relationships:N0} relationships, peak working set {peak / (1024.0 * 1024):0} MiB)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"KGraph extractor, per CPU second: {total / cpu,12:N0} chars/CPU-s ({cpu:0.00} CPU-s)"));
Console.WriteLine(pythonSeconds is { } seconds
    ? string.Create(CultureInfo.InvariantCulture, $"Python jieba posseg.cut, 1 core: {total / seconds,12:N0} chars/CPU-s ({seconds:0.00} CPU-s, dictionary load excluded)")
    : $"Python jieba posseg.cut: not run ({pythonNote})");
return 0;

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
    const string script = "import sys,time,jieba,jieba.posseg as p\njieba.initialize()\nt=open(sys.argv[1],encoding='utf-8').read()\ns=time.process_time()\nn=sum(1 for _ in p.cut(t))\nprint(time.process_time()-s)";
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
