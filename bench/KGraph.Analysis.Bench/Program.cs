using System.Diagnostics;
using System.Globalization;
using System.Text;
using KGraph.Analysis.Bench;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Communities;
using KGraph.Analysis.Components;
using KGraph.Analysis.Views;

// usage: KGraph.Analysis.Bench [--vertices N] [--edges M] [--graphs uniform,power-law]
//          [--algorithms pagerank,wcc,communities,betweenness,scc,view,json] [--libraries kgraph,igraph,networkx] [--timeout-minutes T]
//        scc, view and json run on the same edges as a resolved graph (one relationship an edge): strongly connected
//        components, building the analysis view, and writing analysis.md + analysis.json (the references have no such step).
//        KGraph.Analysis.Bench --one ALGORITHM EDGES   (child run: one measured computation)
if (args.Length == 3 && args[0] == "--one") return RunOne(args[1], args[2]);

var vertices = Option("--vertices", 100_000);
var edges = Option("--edges", 1_000_000);
var libraries = Text("--libraries", "kgraph,igraph,networkx").Split(',');
var graphs = Text("--graphs", "uniform,power-law").Split(',');
var timeout = TimeSpan.FromMinutes(Option("--timeout-minutes", 15));
var folder = Directory.CreateTempSubdirectory("kgraph-bench-").FullName;
var algorithms = Text("--algorithms", "pagerank,wcc,communities,betweenness,scc,view,json").Split(',');
Console.WriteLine($"KGraph.Analysis benchmark: {vertices:N0} vertices, {edges:N0} edges; betweenness sampled from {Pivots} pivots; each cell one process: " +
    $"seconds / peak RSS MB");
try
{
    foreach (var (name, make) in new (string, Func<List<GraphEdge>>)[]
             {
                 ("uniform", () => GraphGenerator.Uniform(vertices, edges, 1)),
                 ("power-law", () => GraphGenerator.PowerLaw(vertices, edges, 2)),
             })
    {
        if (!graphs.Contains(name)) continue;
        var path = Path.Combine(folder, name + ".txt");
        WriteEdges(path, vertices, make());
        Console.WriteLine();
        Console.WriteLine($"## {name}");
        Console.WriteLine($"{"algorithm",-12} {"KGraph",-26} {"igraph",-36} {"NetworkX",-30}");
        foreach (var algorithm in algorithms)
        {
            var ours = libraries.Contains("kgraph")
                ? Child(Environment.ProcessPath!, [typeof(GraphGenerator).Assembly.Location, "--one", algorithm, path], timeout)
                : "skipped";
            var igraph = libraries.Contains("igraph") ? Child("/usr/bin/python3", [Script(), "igraph", algorithm, path], timeout) : "skipped";
            var networkx = libraries.Contains("networkx") ? Child("/usr/bin/python3", [Script(), "networkx", algorithm, path], timeout) : "skipped";
            Console.WriteLine($"{algorithm,-12} {ours,-26} {igraph,-36} {networkx,-30}");
        }
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}
return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string Text(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string Script() => Path.Combine(AppContext.BaseDirectory, "reference_measures.py");

static void WriteEdges(string path, int vertices, List<GraphEdge> edges)
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    writer.Write(vertices.ToString(CultureInfo.InvariantCulture));
    writer.Write('\n');
    foreach (var e in edges) writer.Write($"{e.From} {e.To}\n");
}

/// <summary>Runs one measurement in its own process (so peak memory is its own) and returns its one-line result.</summary>
static string Child(string file, string[] arguments, TimeSpan timeout)
{
    var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) start.ArgumentList.Add(a);
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    if (!process.WaitForExit(timeout))
    {
        process.Kill(entireProcessTree: true);
        return $"timed out after {timeout.TotalMinutes:0} min";
    }
    return process.ExitCode == 0 ? stdout.Result.Trim() : $"failed: {stderr.Result.Trim().Split('\n')[^1]}";
}

static int RunOne(string algorithm, string path)
{
    if (algorithm is "scc" or "view" or "json") return RunStep(algorithm, path);
    var (n, edges) = ReadEdges(path);
    var graph = CompactGraph.FromEdges(n, edges);
    edges = null;
    // Warm up on a small graph so the figure is not the JIT compiling the code.
    Measure(algorithm, CompactGraph.FromEdges(200, GraphGenerator.Uniform(200, 1_000, 3)));
    GC.Collect();
    var clock = Stopwatch.StartNew();
    var detail = Measure(algorithm, graph);
    clock.Stop();
    Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.000}s {PeakMegabytes():0}MB {detail}");
    return 0;
}

/// <summary>A step over the resolved graph: only the step is timed, its input is built first.</summary>
static int RunStep(string step, string path)
{
    var (n, edges) = ReadEdges(path);
    var graph = SyntheticKnowledgeGraph.FromEdges(n, edges);
    edges = null;
    var folder = Directory.CreateTempSubdirectory("kgraph-bench-step-").FullName;
    try
    {
        MeasureStep(step, SyntheticKnowledgeGraph.FromEdges(200, GraphGenerator.Uniform(200, 1_000, 3)), folder);
        GC.Collect();
        var (seconds, detail) = MeasureStep(step, graph, folder);
        Console.WriteLine($"{seconds:0.000}s {PeakMegabytes():0}MB {detail}");
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
    return 0;
}

static (double Seconds, string Detail) MeasureStep(string step, KGraph.Model.KnowledgeGraph graph, string folder)
{
    var vocabulary = KGraph.Vocabulary.GraphVocabulary.BuiltIn;
    var clock = Stopwatch.StartNew();
    if (step == "view")
    {
        var built = GraphView.Build(graph, vocabulary);
        return (clock.Elapsed.TotalSeconds, $"{built.Relationships.Count} rel");
    }
    clock.Stop();
    var view = GraphView.Build(graph, vocabulary);
    if (step == "scc")
    {
        clock.Restart();
        var strong = ConnectedComponents.Strong(view.Compact);
        return (clock.Elapsed.TotalSeconds, $"{strong.Count} scc");
    }
    var report = KGraph.Analysis.GraphAnalyzer.Analyze(graph, vocabulary);
    clock.Restart();
    var written = KGraph.Analysis.Reports.ReportFiles.Write(report, folder);
    return (clock.Elapsed.TotalSeconds, $"md+json {written.Sum(f => new FileInfo(f).Length) / 1048576.0:0.0} MB");
}

static (int Vertices, List<GraphEdge> Edges) ReadEdges(string path)
{
    var lines = File.ReadLines(path).GetEnumerator();
    lines.MoveNext();
    var n = int.Parse(lines.Current, CultureInfo.InvariantCulture);
    var edges = new List<GraphEdge>();
    while (lines.MoveNext())
    {
        var line = lines.Current;
        var space = line.IndexOf(' ');
        edges.Add(new GraphEdge(int.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture),
            int.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture)));
    }
    return (n, edges);
}

static string Measure(string algorithm, CompactGraph graph) => algorithm switch
{
    "pagerank" => $"{PageRank.Compute(graph).Iterations} it",
    "wcc" => $"{ConnectedComponents.Weak(graph).Count} cc",
    "communities" => $"Q={Louvain.Detect(graph).Modularity:0.000}",
    "betweenness" => $"{BetweennessCentrality.Sampled(graph, Math.Min(Pivots, graph.VertexCount - 1), seed: 1).Pivots} piv",
    _ => throw new ArgumentException($"unknown algorithm {algorithm}"),
};

static double PeakMegabytes()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }
    return double.NaN;
}

internal static partial class Program
{
    private const int Pivots = 1_000;
}
