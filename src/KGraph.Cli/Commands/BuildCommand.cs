using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using KGraph.Analysis;
using KGraph.Analysis.Reports;
using KGraph.Cli.Database;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;
using KGraph.EditorSchemas;
using KGraph.Extraction;
using KGraph.Store;
using KGraph.Visualization;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph build</c>: the main job on a data root, with no server needed. Each stage reports
/// one line on stderr; invalid data stops the build before anything is written.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var data = new DataRootInput();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the merged graph (default: output/)",
            DefaultValueFactory = _ => "output"
        }.NotIntoCurated();
        var diagrams = new Option<string>("--diagrams")
        {
            Description = "Where to write diagrams and the analysis report (default: visualizations/)",
            DefaultValueFactory = _ => "visualizations"
        }.NotIntoCurated();
        var json = CommonOptions.Json();
        var force = new Option<bool>("--force") { Description = "Extract every article again, also those unchanged since the last build" };
        var command = new Command("build",
            "Run the main job: editor schemas, extract new and changed articles, resolve, validate, analyse, " +
            "draw (and load into Neo4j when NEO4J_URI is set)") { data.Root, data.Data, output, diagrams, json, force };
        var extraction = new Extractor();
        extraction.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var io = CliOutput.From(result);
            var root = data.Get(result);
            DataLoading.RequireExisting(root, "data root ");
            if (GraphDataSet.CuratedFolderOf(Path.Combine(root, "extracted")) is { } curated)
                throw new UsageException($"data root {root} lies in {curated}, the curated folder of a data root, which only people write; " +
                    $"build the data root above it");
            // Invalid hand-written data stops the build before anything is written, extracted/ included:
            // extraction regenerates only its own files, which a later check would find wanting too late.
            var written = DataLoading.Load([root]);
            var byPeople = written.Errors.Where(d => GraphDataSet.LayerOf(d.At.File) != DataLayer.Extracted).ToList();
            if (byPeople.Count > 0)
            {
                io.Report(byPeople);
                io.Fail($"{io.ProblemCount()}; nothing written");
                return ExitCodes.InvalidData;
            }
            var outputs = new List<string>();
            // Before extraction, so a new data root's extracted files already get their editor schema line.
            var schemas = EditorSchemaFolder.Write(written.Vocabulary, EditorSchemaFolder.For(root));
            io.Error.WriteLine($"schema: {string.Join(", ", schemas)}");
            outputs.AddRange(schemas);
            var extracted = Extract(root, io, result.GetValue(json), result.GetValue(force), outputs, extraction, result, out var startFailure);
            if (extracted is null) return startFailure;

            var load = DataLoading.Load([root]);
            io.Report(load.Diagnostics);
            if (load.HasErrors)
            {
                io.Fail($"{io.ProblemCount()}; nothing written");
                return ExitCodes.InvalidData;
            }
            var graph = load.Graph;
            io.Error.WriteLine($"validate: {load.DataSet.Files.Count} files → {graph.Entities.Count} entities, {graph.Relationships.Count} relationships, " +
                $"{graph.Documents.Count} documents");

            foreach (var folder in new[] { result.GetValue(output)!, result.GetValue(diagrams)! }) AtomicFile.RemoveStaleTemporaries(folder);
            var merged = Path.Combine(result.GetValue(output)!, "graph.yaml");
            AtomicFile.WriteAllText(merged,
                GraphFileWriter.ToYaml(graph.Documents, graph.Entities, graph.Relationships, EditorSchemaLine.Prepend(result.GetValue(output)!,
                "Merged graph written by `kgraph build`; regenerated on every build, do not edit.",
                    "Edit graph-data/curated/ or record decisions with `kgraph review` instead.")));
            outputs.Add(merged);

            var report = ReportFiles.Write(GraphAnalyzer.Analyze(graph, load.Vocabulary), result.GetValue(diagrams)!);
            io.Error.WriteLine($"analyze: {string.Join(", ", report)}");
            outputs.AddRange(report);

            var site = VisualizationSite.Write(graph, load.Vocabulary, result.GetValue(diagrams)!);
            io.Error.WriteLine($"diagrams: {string.Join(", ", site)}");
            outputs.AddRange(site);

            var neo4j = await Neo4jLoading.LoadIfConfiguredAsync(load, io, cancellationToken).ConfigureAwait(false);
            if (neo4j != ExitCodes.Ok) return neo4j;

            var summary = new BuildSummary(graph.Documents.Count, graph.Entities.Count, graph.Relationships.Count, io.ReportedWarnings, extracted, outputs);
            io.Answer(summary);
            // One count of problems: every warning printed above, the extraction's and the data's, as --json lists them.
            if (!io.Json) io.Error.WriteLine($"built: {summary.Documents} documents, {summary.Entities} entities, " +
                $"{summary.Relationships} relationships{(summary.Warnings > 0 ? $", {summary.Warnings} warnings" : "")}");
            // One unreadable article does not stop the build, but it must not pass unnoticed.
            return extracted.Failed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Extracts <c>DATA/articles/</c> into <c>DATA/extracted/</c> (tool-owned), skipping the articles whose bytes and
    /// extractor are unchanged since the last build unless <paramref name="force"/>; removes the files of articles
    /// that are gone. Null when the extractor cannot start (a broken rule or model file; its exit code in <paramref name="startFailure"/>).
    /// </summary>
    private static ExtractCounts? Extract(string root, CliOutput io, bool json, bool force, List<string> outputs, Extractor extraction,
        ParseResult result, out int startFailure)
    {
        startFailure = ExitCodes.Ok;
        var articles = Path.Combine(root, "articles");
        var target = Path.Combine(root, "extracted");
        var files = Directory.Exists(articles) ? ExtractionRunner.ExpandPaths([articles]) : [];
        if (files.Count == 0 && !File.Exists(Path.Combine(target, ExtractionManifest.FileName))) return new ExtractCounts(0, 0, 0, 0);
        if (extraction.TryCreate(result, KnownEntities.From(root, io.Error), KnownEntities.Vocabulary(root, io.Error), io,
            out startFailure) is not { } extractor) return null;
        var manifest = force ? ExtractionManifest.Empty(extractor.Version) : ExtractionManifest.Read(target, extractor.Version);
        var outcomes = ExtractProgress.Run(io, json, files.Count, progress => new ExtractionRunner(extractor).Run(files, target, manifest, progress));
        var removed = manifest.RemoveGone(target, outcomes.Where(o => o.OutputPath is not null).Select(o => o.OutputPath!));
        manifest.Write(target);
        io.Report(outcomes.SelectMany(o => o.Diagnostics));
        foreach (var failure in outcomes.Where(o => !o.Succeeded)) io.FailAt(failure.Path, failure.Problem!);
        outputs.AddRange(outcomes.Where(o => o.OutputPath is not null).Select(o => o.OutputPath!));
        var counts = new ExtractCounts(outcomes.Count(o => o.Succeeded && !o.Unchanged), outcomes.Count(o => o.Unchanged),
            outcomes.Count(o => !o.Succeeded), removed.Count)
        {
            Llm = extraction.Summarize(outcomes),
        };
        io.Error.WriteLine($"extract: {counts.Extracted} extracted, {counts.Unchanged} " +
            $"unchanged{(counts.Removed > 0 ? $", {counts.Removed} removed" : "")}{(counts.Failed > 0 ? $", {counts.Failed} failed" : "")} → {target} " +
            $"({outcomes.Sum(o => o.EntityCount)} entities, {outcomes.Sum(o => o.RelationshipCount)} relationships)");
        if (!json && counts.Llm is { } llm) LlmOptions.Print(io.Error, llm);
        return counts;
    }

    /// <summary>How the articles fared: extracted anew, kept unchanged, failed, and outputs removed because their article is gone.</summary>
    private sealed record ExtractCounts(int Extracted, int Unchanged, int Failed, int Removed)
    {
        /// <summary>Only with --llm: the offline build's JSON stays as it was.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public LlmSummary? Llm { get; init; }
    }

    private sealed record BuildSummary(int Documents, int Entities, int Relationships, int Warnings, ExtractCounts Articles, IReadOnlyList<string> Outputs);
}
