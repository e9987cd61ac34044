// Layout + SVG + HTML for synthetic graphs of 100, 1,000 and 5,000 entities: time and peak
// memory, side by side with Graphviz sfdp rendering the same graphs (our DOT) to SVG.
// Run: dotnet run -c Release --project bench/KGraph.Visualization.Bench [sizes...]
// Each size runs in its own process so that its peak working set is its own.
using System.Diagnostics;
using System.Globalization;
using KGraph.Model;
using KGraph.Visualization;
using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;
using KGraph.Visualization.Writers;
using KGraph.Vocabulary;

if (args is ["--one", var sizeText])
{
    var size = int.Parse(sizeText, CultureInfo.InvariantCulture);
    var graph = GraphSelector.Select(Synthetic(size), GraphVocabulary.BuiltIn, DiagramSelection.Whole).Graph!;
    var clock = Stopwatch.StartNew();
    var layout = new ForceDirectedLayout().Arrange(graph);
    var layoutTime = clock.Elapsed.TotalSeconds;
    var diagram = new Diagram(graph, layout);
    var svg = new SvgDiagramWriter().Write(diagram);
    var html = new HtmlDiagramWriter().Write(diagram);
    var total = clock.Elapsed.TotalSeconds;
    var dot = new DotWriter().Write(diagram);
    var dotPath = Path.Combine(Path.GetTempPath(), $"kgraph-bench-{size}.dot");
    File.WriteAllText(Path.ChangeExtension(dotPath, ".svg"), svg);
    File.WriteAllText(Path.ChangeExtension(dotPath, ".html"), html);
    // Straight edges as ours are; spline routing around nodes alone takes sfdp minutes at 1,000 nodes.
    File.WriteAllText(dotPath, dot.Replace("splines=true", "splines=false", StringComparison.Ordinal));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{size}\t{graph.Edges.Count}\t{layoutTime:0.00}\t{total:0.00}\t{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0}\t" +
        $"{svg.Length / 1024}\t{html.Length / 1024}\t{dotPath}"));
    return 0;
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100, 1_000, 5_000];
var sfdp = GraphvizLayout.Find("sfdp");
Console.WriteLine("nodes  edges   layout s  layout+SVG+HTML s  peak MB  SVG KB  HTML KB | sfdp -Tsvg s  sfdp peak MB");
foreach (var size in sizes)
{
    // Under `dotnet x.dll` the host is dotnet and the dll comes first; under the apphost, not.
    string[] prefix = Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet" ? [Environment.GetCommandLineArgs()[0]] : [];
    var self = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [.. prefix, "--one", size.ToString(CultureInfo.InvariantCulture)])
    {
        RedirectStandardOutput = true,
    })!;
    var line = self.StandardOutput.ReadToEnd().Trim().Split('\t');
    self.WaitForExit();
    var reference = sfdp is null ? "sfdp not installed" : Sfdp(sfdp, line[7]);
    Console.WriteLine($"{line[0],5}  {line[1],5}  {line[2],8}  {line[3],17}  {line[4],7}  {line[5],6}  {line[6],7} | {reference}");
}
return 0;

static string Sfdp(string sfdp, string dotPath)
{
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(new ProcessStartInfo(sfdp, ["-Tsvg", "-o", "/dev/null", dotPath]) { RedirectStandardError = true })!;
    long peak = 0;
    while (!process.WaitForExit(20))
    {
        if (clock.Elapsed > TimeSpan.FromSeconds(300))
        {
            process.Kill();
            return "> 300 s (stopped)";
        }
        try { process.Refresh(); peak = Math.Max(peak, process.PeakWorkingSet64); }
        catch (InvalidOperationException) { break; }
    }
    return string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,12:0.00}  {peak / 1048576.0,11:0}");
}

// A sparse random graph shaped like news data: a spanning tree plus about 30% extra links, three entity types.
static KnowledgeGraph Synthetic(int n)
{
    var random = new Random(7);
    var types = new[] { "Person", "Organization", "Product" };
    var entities = Enumerable.Range(0, n).Select(i => new Entity { Id = $"e{i:D5}", Type = types[i % 3], Name = $"Entity {i}" }).ToList();
    var relationships = new List<Relationship>();
    for (var i = 1; i < n; i++)
    {
        relationships.Add(new Relationship { Id = $"r{i:D5}", From = $"e{i:D5}", Type = "ASSOCIATED_WITH", To = $"e{random.Next(i):D5}" });
        if (random.NextDouble() < 0.3 && random.Next(n) is var k && k != i)
            relationships.Add(new Relationship { Id = $"s{i:D5}", From = $"e{i:D5}", Type = "PARTNERED_WITH", To = $"e{k:D5}" });
    }
    return new KnowledgeGraph([], entities, relationships);
}
