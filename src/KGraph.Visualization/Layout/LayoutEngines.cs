namespace KGraph.Visualization.Layout;

/// <summary>The layout for an <c>--engine</c> name: our own force layout by default, or a Graphviz engine.</summary>
public static class LayoutEngines
{
    public const string BuiltIn = "force";

    public static IReadOnlyList<string> Names { get; } = [BuiltIn, .. GraphvizLayout.Engines];

    public static ILayoutEngine? For(string? name) => name?.ToLowerInvariant() switch
    {
        null or BuiltIn => new ForceDirectedLayout(),
        "dot" or "sfdp" or "neato" => new GraphvizLayout(name.ToLowerInvariant()),
        _ => null,
    };
}
