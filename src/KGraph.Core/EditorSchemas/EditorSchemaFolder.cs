using KGraph.Store;
using KGraph.Vocabulary;

namespace KGraph.EditorSchemas;

/// <summary>
/// Where the JSON Schemas of a data root live: the <c>schema/</c> folder that its files' editor
/// lines point at (the repository's, above graph-data), or <c>DATA/schema/</c> when there is none.
/// </summary>
public static class EditorSchemaFolder
{
    public const string Name = "schema";

    /// <summary>The nearest <c>schema/</c> folder holding kgraph.schema.json at or above <paramref name="folder"/>, or null.</summary>
    public static string? Above(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var schemas = Path.Combine(dir.FullName, Name);
            if (File.Exists(Path.Combine(schemas, EditorSchemaGenerator.DataFileSchema))) return schemas;
        }
        return null;
    }

    /// <summary>The folder that <c>kgraph build</c> and <c>kgraph schema</c> refresh for the data root <paramref name="dataRoot"/>.</summary>
    public static string For(string dataRoot)
    {
        if (Above(dataRoot) is not { } found) return Path.Combine(dataRoot, Name);
        // Shown to people: relative like the other outputs when it lies below the working folder.
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), found);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? found : relative;
    }

    /// <summary>Writes every schema for <paramref name="vocabulary"/> into <paramref name="folder"/>, leaving files that are already current
    /// untouched.</summary>
    public static IReadOnlyList<string> Write(GraphVocabulary vocabulary, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var file in EditorSchemaGenerator.Generate(vocabulary))
        {
            var path = Path.Combine(folder, file.Name);
            if (!AtomicFile.HasContent(path, file.Text)) AtomicFile.WriteAllText(path, file.Text);
            written.Add(path);
        }
        return written;
    }
}
