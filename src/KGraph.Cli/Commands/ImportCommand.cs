using System.CommandLine;
using KGraph.Diagnostics;
using KGraph.EditorSchemas;
using KGraph.Interchange;
using KGraph.Interchange.Csv;
using KGraph.Interchange.FollowTheMoney;
using KGraph.Store;
using KGraph.Vocabulary;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph import csv|ftm</c>: a curated YAML file from data people already have (CSV tables,
/// FollowTheMoney entities), checked as a curated file is. It goes to stdout unless <c>--out</c> names
/// a new file; that may lie in a curated folder, since the person asked for it there, but an existing
/// file is never replaced.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Make a curated YAML file from CSV tables or FollowTheMoney entities (to stdout, or a new file with --out)");
        command.Subcommands.Add(Csv());
        command.Subcommands.Add(Ftm());
        return command;
    }

    private static Command Csv()
    {
        var entities = new Argument<string>("entities")
        {
            Description = "CSV file of entities: columns id, name, type, aliases, kind, wikidata (see docs/import-export.md)"
        };
        var relationships = new Argument<string?>("relationships")
        {
            Description = "CSV file of relationships: columns source, target, type, start, end, role, quote, url",
            Arity = ArgumentArity.ZeroOrOne
        };
        var options = new ImportOptions();
        var command = new Command("csv", "Import entities (and relationships) from CSV files, columns found by their header names") { entities, relationships };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var files = new[] { result.GetValue(entities)!, result.GetValue(relationships) }.OfType<string>().ToList();
            return options.Run(result, "csv", files, (import, vocabulary, diagnostics) =>
            {
                CsvImporter.ReadEntities(files[0], import, diagnostics);
                if (files.Count > 1) CsvImporter.ReadRelationships(files[1], import, diagnostics);
                return null;
            });
        });
        return command;
    }

    private static Command Ftm()
    {
        var file = new Argument<string>("file") { Description = "FollowTheMoney entities, one JSON object a line (as ftm and OpenSanctions write them)" };
        var options = new ImportOptions();
        var command = new Command("ftm",
            "Import FollowTheMoney entities: Person, Company, Organization and the links schema.yaml maps (Ownership, Directorship, ...)") { file };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            return options.Run(result, "ftm", [path], (import, vocabulary, diagnostics) =>
            {
                var skipped = FtmImporter.Read(path, import, vocabulary, diagnostics).SkippedBySchema;
                return skipped.Count == 0 ? null : $"{string.Join(", ", skipped.Select(s => $"{s.Value} {s.Key}"))} (no KGraph type or mapping)";
            });
        });
        return command;
    }

    /// <summary>The options both importers take, and the run they share: read, check, write or refuse.</summary>
    private sealed class ImportOptions
    {
        private readonly Option<string?> _out = new("--out") { Description = "New YAML file to write (default: stdout); an existing file is never replaced" };
        private readonly Option<string?> _schema = CommonOptions.Schema();
        private readonly Option<bool> _json = CommonOptions.Json();

        public void AddTo(Command command)
        {
            command.Options.Add(_out);
            command.Options.Add(_schema);
            command.Options.Add(_json);
        }

        /// <param name="read">Reads the files into the import; returns what it left out, for the summary, or null.</param>
        public int Run(ParseResult result, string format, IReadOnlyList<string> files, Func<GraphImport, GraphVocabulary, DiagnosticBag, string?> read)
        {
            var io = CliOutput.From(result);
            var output = result.GetValue(_out);
            if (output is not null && (File.Exists(output) || Directory.Exists(output)))
                throw new UsageException($"--out {output} already exists; import writes a new file and never replaces one (choose another name)");
            foreach (var file in files) DataLoading.RequireExisting(file);
            var diagnostics = new DiagnosticBag();
            var vocabulary = Vocabulary(result.GetValue(_schema), output, diagnostics);
            if (vocabulary is null || diagnostics.HasErrors)
            {
                io.Report(diagnostics.Sorted());
                io.Fail("the vocabulary has errors; nothing imported");
                return ExitCodes.InvalidData;
            }
            var import = new GraphImport(vocabulary, diagnostics);
            var leftOut = read(import, vocabulary, diagnostics);
            var graph = import.Finish();
            io.Report(diagnostics.Sorted());
            if (diagnostics.HasErrors)
            {
                io.Fail($"{io.ProblemCount()}; nothing written");
                return ExitCodes.InvalidData;
            }
            var origin = $"imported by kgraph import {format} from {string.Join(", ", files.Select(Path.GetFileName))}";
            var summary = $"imported {graph.Entities.Count} entities and {graph.Relationships.Count} relationships";
            if (leftOut is not null || graph.LinksToSkippedEntities > 0)
                summary += "; left out: " + string.Join("; ",
                    new[] { leftOut, graph.LinksToSkippedEntities > 0 ? $"{graph.LinksToSkippedEntities} relationships to " +
                        $"entities left out" : null }.OfType<string>());
            if (output is null)
            {
                var yaml = GraphFileWriter.ToYaml([], graph.Entities, graph.Relationships, [origin]);
                if (io.Json) io.Answer(new ImportSummary(graph.Entities.Count, graph.Relationships.Count, null, yaml));
                else io.Out.Write(yaml);
                io.Error.WriteLine(summary);
                return ExitCodes.Ok;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
            Directory.CreateDirectory(folder);
            AtomicFile.WriteAllText(output, GraphFileWriter.ToYaml([], graph.Entities, graph.Relationships, EditorSchemaLine.Prepend(folder, origin)));
            io.Answer(new ImportSummary(graph.Entities.Count, graph.Relationships.Count, output, null));
            io.Error.WriteLine($"{summary} → {output}");
            return ExitCodes.Ok;
        }

        /// <summary>--schema; else the schema.yaml of the data root --out lies in; else the built-in vocabulary.</summary>
        private static GraphVocabulary? Vocabulary(string? schema, string? output, DiagnosticBag diagnostics)
        {
            if (schema is null && output is not null && GraphDataSet.CuratedFolderOf(output) is { } curated
                && Path.Combine(Path.GetDirectoryName(curated)!, "schema.yaml") is var beside && File.Exists(beside))
                schema = beside;
            if (schema is null) return GraphVocabulary.BuiltIn;
            DataLoading.RequireExisting(schema, "schema ");
            return VocabularyReader.Load(schema, diagnostics);
        }
    }

    private sealed record ImportSummary(int Entities, int Relationships, string? File, string? Yaml);
}
