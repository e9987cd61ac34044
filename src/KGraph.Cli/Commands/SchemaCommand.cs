using System.CommandLine;
using KGraph.Diagnostics;
using KGraph.EditorSchemas;
using KGraph.Vocabulary;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph schema [data] --out DIR</c>: the JSON Schemas editors check data files with, made
/// from the data root's schema.yaml, so a new entity or relationship type is not marked red.
/// </summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var data = new DataRootInput();
        var schema = CommonOptions.Schema();
        var output = new Option<string?>("--out")
        {
            Description = "Folder for the .schema.json files (default: the schema/ folder the data files point at, else DATA/schema)"
        }.NotIntoCurated();
        var json = CommonOptions.Json();
        var command = new Command("schema", "Write the JSON Schemas for editors (kgraph, gold, reviews, vocabulary) from schema.yaml") { data.Root,
            data.Data, schema, output, json };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var root = data.Get(result);
            DataLoading.RequireExisting(root, "data root ");
            var diagnostics = new DiagnosticBag();
            var vocabulary = Vocabulary(result.GetValue(schema) ?? ExistingFile(Path.Combine(root, "schema.yaml")), diagnostics);
            io.Report(diagnostics.Sorted());
            if (vocabulary is null || diagnostics.HasErrors)
            {
                io.Fail("the vocabulary has errors; nothing written");
                return ExitCodes.InvalidData;
            }
            var folder = result.GetValue(output) ?? EditorSchemaFolder.For(root);
            var files = EditorSchemaFolder.Write(vocabulary, folder);
            io.Answer(new SchemaSummary(vocabulary.EntityTypes.Count, vocabulary.RelationshipTypes.Count, files));
            io.Error.WriteLine($"schema: {vocabulary.EntityTypes.Count} entity types, " +
                $"{vocabulary.RelationshipTypes.Count} relationship types → {string.Join(", ", files)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static GraphVocabulary? Vocabulary(string? path, DiagnosticBag diagnostics)
    {
        if (path is null) return GraphVocabulary.BuiltIn;
        DataLoading.RequireExisting(path, "schema ");
        return VocabularyReader.Load(path, diagnostics);
    }

    private static string? ExistingFile(string path) => File.Exists(path) ? path : null;

    private sealed record SchemaSummary(int EntityTypes, int RelationshipTypes, IReadOnlyList<string> Files);
}
