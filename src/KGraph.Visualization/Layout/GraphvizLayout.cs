using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KGraph.Visualization.Layout;

/// <summary>
/// Lets a Graphviz engine (dot, sfdp, neato) place the nodes, then draws with our own writers
/// so every format keeps the same look. Nodes go to Graphviz as n0, n1, ... with our box
/// sizes fixed; positions come back from <c>-Tplain</c> (inches, y up).
/// </summary>
public sealed class GraphvizLayout(string engine, TimeSpan? timeout = null) : ILayoutEngine
{
    public static IReadOnlyList<string> Engines { get; } = ["dot", "sfdp", "neato"];

    public string Name => engine;

    /// <summary>The engine's program on PATH, or null when Graphviz is not installed.</summary>
    public static string? Find(string engine) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, engine))
            .FirstOrDefault(File.Exists);

    public GraphLayout Arrange(DiagramGraph graph)
    {
        if (!Engines.Contains(engine)) throw new ArgumentException($"unknown Graphviz engine '{engine}' (use {string.Join(", ", Engines)})");
        var program = Find(engine)
            ?? throw new InvalidOperationException($"Graphviz's '{engine}' is not installed (Debian: apt-get install graphviz); " +
                $"leave out --engine to use the built-in layout");
        var (width, height) = NodeBoxes.For(graph);
        var n = graph.Nodes.Count;
        var x = new double[n];
        var y = new double[n];
        if (n == 0) return new GraphLayout(x, y, width, height);

        var plain = Run(program, Input(graph, width, height));
        foreach (var line in plain.Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length < 4 || parts[0] != "node" || !parts[1].StartsWith('n')) continue;
            var i = int.Parse(parts[1].AsSpan(1), CultureInfo.InvariantCulture);
            x[i] = double.Parse(parts[2], CultureInfo.InvariantCulture) * 72;
            y[i] = -double.Parse(parts[3], CultureInfo.InvariantCulture) * 72;
        }
        var layout = new GraphLayout(x, y, width, height);
        layout.MoveTo(0, 0);
        return layout;
    }

    private static string Input(DiagramGraph graph, double[] width, double[] height)
    {
        var dot = new StringBuilder("digraph g {\n  graph [overlap=false, splines=false, rankdir=LR, nodesep=0.5, ranksep=1.2, " +
            "sep=\"+12\"];\n  node [shape=box, fixedsize=true, label=\"\"];\n");
        for (var i = 0; i < graph.Nodes.Count; i++)
            dot.Append(CultureInfo.InvariantCulture, $"  n{i} [width={width[i] / 72:0.###}, height={height[i] / 72:0.###}];\n");
        foreach (var edge in graph.Edges)
            dot.Append(CultureInfo.InvariantCulture,
                $"  n{edge.From} -> n{edge.To} [label=\"{new string('x', Math.Min(DiagramStyle.EdgeLabel(edge.Relationship).Length, 24))}\"];\n");
        return dot.Append("}\n").ToString();
    }

    private string Run(string program, string input)
    {
        using var process = Process.Start(new ProcessStartInfo(program, "-Tplain")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{engine} did not finish within {(timeout ?? TimeSpan.FromMinutes(5)).TotalSeconds:0} s");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{engine} failed (exit {process.ExitCode}): {errors.Result.Trim()}");
        return output.Result;
    }
}
