using KGraph.Model;
using KGraph.Store;

namespace KGraph.Cli.Commands;

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
}
