using System.CommandLine;
using KGraph.Analysis.Lookup;
using KGraph.Cli.Inputs;
using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Store;
using KGraph.Visualization;
using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;
using KGraph.Visualization.Writers;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph diagram [paths...]</c>: draws the whole graph, one entity's neighbourhood
/// (<c>--focus NAME --depth N</c>) or the shortest paths between two (<c>--path A B</c>) as
/// SVG, HTML, DOT, Mermaid, GraphML and GEXF.
/// </summary>
public static class DiagramCommand
{
    public static Command Create()
    {
        var paths = new DataPathsInput();
        var format = new Option<string>("--format")
        {
            Description = $"{string.Join("|", DiagramWriters.Formats)}|all (default: all)",
            DefaultValueFactory = _ => "all"
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write into (default: output/)",
            DefaultValueFactory = _ => "output"
        }.NotIntoCurated();
        var focus = new Option<string?>("--focus") { Description = "Draw only this entity (name, alias or id) and its neighbourhood" };
        var depth = new Option<int>("--depth") { Description = "How many steps from --focus to include (default: 1)", DefaultValueFactory = _ => 1 };
        var path = new Option<string[]>("--path")
        {
            Description = "Draw the shortest paths between two entities: --path A B",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true
        };
        var filter = new FilterOptions();
        var engine = new Option<string?>("--engine")
        {
            Description = $"Layout: {string.Join("|", LayoutEngines.Names)} (default: force, built in; " +
                $"the others need Graphviz)"
        };
        var trim = new Option<bool>("--trim") { Description = "Trim Mermaid output to GitHub's 500-edge limit instead of refusing" };
        var json = CommonOptions.Json();
        var command = new Command("diagram", "Draw relationship diagrams: svg, html, dot, mermaid, graphml, gexf")
        {
            paths.Paths, paths.Data, format, output, focus, depth, path, engine, trim, json,
        };
        filter.AddTo(command);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var pair = result.GetValue(path);
            if (pair is { Length: 2 }
                && result.GetValue(focus) is not null) throw new UsageException("--focus and --path draw different things; give one of them");
            if (result.GetValue(depth) < 1) throw new UsageException($"--depth must be at least 1 (got {result.GetValue(depth)}); " +
                $"depth 1 draws the entity and its direct neighbours");
            var kept = filter.Read(result);

            var load = DataLoading.Load(paths.Get(result));
            io.Report(load.Diagnostics);
            if (load.HasErrors)
            {
                io.Fail($"{load.Errors.Count()} errors in the data; nothing drawn");
                return ExitCodes.InvalidData;
            }

            // Names are looked up as path and neighbors do (any script or spelling, suggestions when unknown; exit 2).
            var lookup = new EntityLookup(load.Graph.Entities);
            var request = new DiagramRequest
            {
                Selection = new DiagramSelection
                {
                    Focus = result.GetValue(focus) is { } center ? AnalysisInput.Resolve(lookup, center).Id : null,
                    Depth = result.GetValue(depth),
                    Path = pair is { Length: 2 } ? (AnalysisInput.Resolve(lookup, pair[0]).Id, AnalysisInput.Resolve(lookup, pair[1]).Id) : null,
                    Filter = filter.WithTypes(kept, result, load.Vocabulary),
                },
                Formats = ParseFormats(result.GetValue(format)!),
                OutputDirectory = result.GetValue(output)!,
                Engine = result.GetValue(engine),
                TrimMermaid = result.GetValue(trim),
                SkipMermaidWhenTooLarge = AsksForAll(result.GetValue(format)!),
            };
            if (request.Engine is { } name && LayoutEngines.For(name) is null)
                throw new UsageException($"unknown --engine '{name}' (use {string.Join(", ", LayoutEngines.Names)})");

            var drawn = DiagramRenderer.Render(load.Graph, load.Vocabulary, request);
            foreach (var error in drawn.Errors) io.Fail(error);
            io.Report(drawn.Warnings.Select(w => new Diagnostic(SourcePosition.StartOf(request.OutputDirectory), w, Severity.Warning)));
            io.Answer(new DiagramSummary(drawn.Nodes, drawn.Edges, drawn.Files, drawn.Errors));
            if (!io.Json && drawn.Files.Count > 0)
                io.Error.WriteLine($"drew {drawn.Nodes} entities, {drawn.Edges} relationships → {string.Join(", ", drawn.Files)}");
            return drawn.Succeeded ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static bool AsksForAll(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(f => f.Equals("all", StringComparison.OrdinalIgnoreCase));

    private static List<string> ParseFormats(string text)
    {
        var formats = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList();
        if (formats.Contains("all")) return [.. DiagramWriters.Formats];
        foreach (var f in formats)
            if (DiagramWriters.For(f) is null) throw new UsageException($"unknown --format '{f}' (use {string.Join(", ", DiagramWriters.Formats)} or all)");
        return formats.Count == 0 ? [.. DiagramWriters.Formats] : formats;
    }

    private sealed record DiagramSummary(int Entities, int Relationships, IReadOnlyList<string> Files, IReadOnlyList<string> Errors);
}
