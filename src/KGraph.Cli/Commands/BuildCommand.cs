using System.CommandLine;
using KGraph.Cli.Output;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph build</c>: the main job on a data root, with no server needed: resolve and
/// validate, then write the merged graph. Later stages (extraction, analysis, diagrams,
/// Neo4j when configured) join here as they land.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var data = new Argument<string>("data")
        {
            Description = $"The data root (default: {GraphDataSet.DefaultRoot})",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => GraphDataSet.DefaultRoot,
        };
        var output = new Option<string>("--out") { Description = "Where to write outputs (default: output/)", DefaultValueFactory = _ => "output" };
        var json = CommonOptions.Json();
        var command = new Command("build", "Run the main job: extract, resolve, validate, analyse, draw (and load into Neo4j when NEO4J_URI is set)") { data, output, json };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var root = result.GetValue(data)!;
            var outDir = result.GetValue(output)!;
            if (!Directory.Exists(root)) throw new UsageException($"data root '{root}' does not exist");

            var load = GraphLoader.Load([root]);
            DiagnosticPrinter.PrintText(load.Diagnostics, io.Error);
            if (load.HasErrors)
            {
                io.Error.WriteLine($"kgraph: {load.Errors.Count()} errors; nothing written");
                return ExitCodes.InvalidData;
            }
            var graph = load.Graph;
            var merged = Path.Combine(outDir, "graph.yaml");
            AtomicFile.WriteAllText(merged, GraphFileWriter.ToYaml(graph.Documents, graph.Entities, graph.Relationships,
                ["Merged graph written by `kgraph build`; regenerated on every build, do not edit.", "Edit graph-data/curated/ or record decisions with `kgraph review` instead."]));
            var summary = new BuildSummary(graph.Documents.Count, graph.Entities.Count, graph.Relationships.Count, load.Diagnostics.Count, [merged]);
            if (result.GetValue(json)) io.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(summary, CliJson.Options));
            else io.Error.WriteLine($"built: {summary.Documents} documents, {summary.Entities} entities, {summary.Relationships} relationships → {string.Join(", ", summary.Outputs)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record BuildSummary(int Documents, int Entities, int Relationships, int Warnings, IReadOnlyList<string> Outputs);
}
