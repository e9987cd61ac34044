using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Store;
using KGraph.Vocabulary;

namespace KGraph.Cli.Inputs;

/// <summary>The curated entities of a data root, as the extractor's gazetteer.</summary>
internal static class KnownEntities
{
    public static IReadOnlyList<Entity> From(string dataRoot, TextWriter error)
    {
        var curated = Path.Combine(dataRoot, "curated");
        if (!Directory.Exists(curated)) return [];
        var schema = Path.Combine(dataRoot, "schema.yaml");
        var load = DataLoading.Load([curated], File.Exists(schema) ? schema : null);
        if (load.HasErrors)
            error.WriteLine($"kgraph: warning: {load.Errors.Count()} problems in {curated}; run `kgraph validate`. Using the entities that loaded.");
        return load.Graph.Entities;
    }

    /// <summary>
    /// The data root's vocabulary (its schema.yaml, else the built-in one): the types an LLM is offered and its
    /// facts are checked against, so a type a user adds to schema.yaml needs no code change there either.
    /// </summary>
    public static GraphVocabulary Vocabulary(string dataRoot, TextWriter error)
    {
        var schema = Path.Combine(dataRoot, "schema.yaml");
        if (!File.Exists(schema)) return GraphVocabulary.BuiltIn;
        var diagnostics = new DiagnosticBag();
        if (VocabularyReader.Load(schema, diagnostics) is { } vocabulary && !diagnostics.HasErrors) return vocabulary;
        error.WriteLine($"kgraph: warning: {schema} has errors ({diagnostics.Sorted().First(d => d.Severity == Severity.Error).Message}); " +
            $"using the built-in vocabulary");
        return GraphVocabulary.BuiltIn;
    }
}
