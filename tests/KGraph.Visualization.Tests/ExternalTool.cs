namespace KGraph.Visualization.Tests;

/// <summary>
/// Programs some tests need (Chromium, Graphviz, Mermaid's script); whether a test runs without them
/// is decided by <see cref="OutsideTool.SkipUnlessCi"/>.
/// </summary>
internal static class ExternalTool
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Mermaid's renderer from npm, unpacked by .ci/setup-diagrams.sh.</summary>
    public const string MermaidScript = "/opt/kgraph-tools/mermaid-11.17.2/package/dist/mermaid.min.js";

    public static string? SkipReason(bool present, string what) =>
        OutsideTool.SkipUnlessCi(present ? null : $"{what} is not installed", ".ci/setup-diagrams.sh");
}

/// <summary>A test that drives the system Chromium; skipped locally when it is missing, run (and failing) in CI.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = ExternalTool.SkipReason(File.Exists(ExternalTool.Chromium), "chromium");
}

/// <summary>A test that runs Graphviz's dot; skipped locally when it is missing, run (and failing) in CI.</summary>
public sealed class GraphvizFactAttribute : FactAttribute
{
    public GraphvizFactAttribute() => Skip = ExternalTool.SkipReason(OutsideTool.OnPath("dot") is not null, "graphviz (dot)");
}

/// <summary>A test that renders Mermaid text with Mermaid's own script in Chromium; skipped locally when either is missing.</summary>
public sealed class MermaidFactAttribute : FactAttribute
{
    public MermaidFactAttribute() =>
        Skip = ExternalTool.SkipReason(File.Exists(ExternalTool.Chromium) && File.Exists(ExternalTool.MermaidScript), "chromium or mermaid (npm)");
}
