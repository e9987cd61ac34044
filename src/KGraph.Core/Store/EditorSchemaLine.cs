namespace KGraph.Store;

/// <summary>
/// The <c>yaml-language-server: $schema=…</c> comment that lets editors validate and complete a
/// file, pointing at the repository's schema/kgraph.schema.json relative to where the file goes.
/// </summary>
public static class EditorSchemaLine
{
    public const string SchemaFile = "schema/kgraph.schema.json";

    /// <summary>The comment text (without '#') for a file written into <paramref name="folder"/>, or null when no schema is found above it.</summary>
    public static string? For(string folder)
    {
        var start = new DirectoryInfo(Path.GetFullPath(folder));
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, SchemaFile))) continue;
            var relative = Path.GetRelativePath(start.FullName, Path.Combine(dir.FullName, SchemaFile)).Replace('\\', '/');
            return "yaml-language-server: $schema=" + relative;
        }
        return null;
    }

    /// <summary>Header lines with the schema line first when there is one.</summary>
    public static IEnumerable<string> Prepend(string folder, params string[] lines) =>
        For(folder) is { } line ? [line, .. lines] : lines;
}
