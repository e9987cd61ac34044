using System.Diagnostics;
using KGraph.Model;
using KGraph.Visualization.Layout;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Writers;

public class DotWriterTests
{
    [Fact]
    public void Nodes_and_edges_are_quoted_with_colours_shapes_and_no_arrowhead_for_symmetric_types()
    {
        var dot = new DotWriter().Write(Draw.Whole(Some.AiGraph()));

        Assert.StartsWith("digraph kgraph {\n  graph [label=\"Knowledge graph\"", dot);
        Assert.Contains("  \"elon-musk\" [label=\"Elon Musk\\n埃隆·马斯克\", shape=ellipse, style=\"filled\", fillcolor=\"#F4D4DF\", color=\"#DA7194\", " +
            "tooltip=\"Person\"];\n", dot);
        Assert.Contains("  \"sam-altman\" -> \"openai\" [label=\"LEADS · CEO · 2019\", color=\"#D62728\", fontcolor=\"#A01D1E\"];\n", dot);
        Assert.Contains("  \"openai\" -> \"anthropic\" [label=\"COMPETES_WITH\", color=\"#E6550D\", fontcolor=\"#AC400A\", dir=none, style=dashed];\n", dot);
        Assert.Equal(13, dot.Split(" -> ").Length - 1);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash\\", "\"back\\\\slash\\\\\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("\\N and \\G", "\"\\\\N and \\\\G\"")]
    public void Quoting_leaves_no_way_out_of_a_DOT_string(string text, string quoted) => Assert.Equal(quoted, DotWriter.Quote(text));

    [GraphvizFact]
    public void Graphviz_dot_accepts_the_file_even_with_hostile_names()
    {
        var dot = new DotWriter().Write(Draw.Whole(Some.HostileGraph()));
        File.WriteAllText(Artifacts.Path("hostile.dot"), dot);

        var (exit, output, errors) = Run(OutsideTool.OnPath("dot") ?? "dot", "-Tsvg", dot);

        Assert.True(exit == 0, errors);
        Assert.DoesNotContain("rror", errors);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot;", output);
        File.WriteAllText(Artifacts.Path("hostile-dot.svg"), output);
    }

    internal static (int Exit, string Output, string Errors) Run(string program, string arguments, string input)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}

public class MermaidWriterTests
{
    [Fact]
    public void Quotes_brackets_pipes_html_and_newlines_become_entity_codes_and_CJK_stays()
    {
        Assert.Equal(
            "Say #quot;hi#quot; #91;x#93; #40;y#41; #123;z#125; #60;b#62; #38; #35;1 #124; #59; 马斯克 second",
            MermaidWriter.Escape("Say \"hi\" [x] (y) {z} <b> & #1 | ; 马斯克\nsecond"));
    }

    [Fact]
    public void A_small_graph_becomes_a_flowchart_with_shapes_labels_and_colours()
    {
        var graph = new KnowledgeGraph([], [Some.Person("elon-musk", "Elon Musk", "埃隆·马斯克"), Some.Organization("xai", "x\"A\"I [Corp]")],
            [Some.Fact("elon-musk", "FOUNDED", "xai", 2023, null, "d", "q"), Some.Fact("xai", "COMPETES_WITH", "elon-musk", null, null, "d", "q")]);

        var mermaid = new MermaidWriter().Write(Draw.Whole(graph));

        Assert.Equal("""
            ---
            title: 'Knowledge graph'
            ---
            flowchart LR
              n0(["Elon Musk<br/>埃隆·马斯克"])
              n1("x#quot;A#quot;I #91;Corp#93;")
              n1 ---|"COMPETES_WITH"| n0
              n0 -->|"FOUNDED · 2023"| n1
              classDef type0 fill:#C9DDF4,stroke:#4C8EDA,color:#1B1F24
              class n1 type0
              classDef type1 fill:#F4D4DF,stroke:#DA7194,color:#1B1F24
              class n0 type1
              linkStyle 0 stroke:#E6550D
              linkStyle 1 stroke:#1F77B4

            """.Replace("\r", ""), mermaid);
    }

    [Fact]
    public void More_than_500_edges_is_refused_with_a_message_that_says_what_to_do()
    {
        var diagram = Unlaid(Some.Random(600));

        var error = Assert.Throws<DiagramTooLargeException>(() => new MermaidWriter().Write(diagram));

        Assert.StartsWith("Mermaid diagrams on GitHub stop at 500 edges and this one has 7", error.Message);
        Assert.Contains("--focus", error.Message);
        Assert.Contains("--trim", error.Message);
    }

    [Fact]
    public void Trimming_keeps_500_edges_and_says_what_was_dropped()
    {
        var diagram = Unlaid(Some.Random(600));
        var total = diagram.Graph.Edges.Count;

        var mermaid = new MermaidWriter(trim: true).Write(diagram);

        Assert.Equal(500, mermaid.Split('\n').Count(l => l.Contains(" -->|", StringComparison.Ordinal) || l.Contains(" ---|", StringComparison.Ordinal)));
        Assert.Contains($"%% trimmed for GitHub: 500 of {total} relationships and ", mermaid);
        Assert.True(mermaid.Length <= MermaidWriter.MaxTextLength);
    }

    [Fact]
    public void A_graph_of_50000_entities_is_refused_before_any_text_is_built()
    {
        var diagram = Unlaid(Some.Random(50_000));

        var error = Assert.Throws<DiagramTooLargeException>(() => new MermaidWriter().Write(diagram));

        Assert.Contains($"this one has {diagram.Graph.Edges.Count:N0}", error.Message);
    }

    /// <summary>Mermaid ignores positions, so big graphs skip the layout.</summary>
    private static Diagram Unlaid(KnowledgeGraph graph)
    {
        var selected = KGraph.Visualization.Selection.GraphSelector.Select(graph, Some.Vocabulary,
            KGraph.Visualization.Selection.DiagramSelection.Whole).Graph!;
        var n = selected.Nodes.Count;
        return new Diagram(selected, new GraphLayout(new double[n], new double[n], new double[n], new double[n]));
    }
}
