using KGraph.Diagnostics;

namespace KGraph.Store;

/// <summary>
/// Which files a run reads, found from the paths given on the command line. A folder with
/// <c>curated/</c> or <c>extracted/</c> in it is a data root: those two folders are read,
/// with its <c>schema.yaml</c> and <c>reviews.yaml</c>. Any other folder is read whole. A file
/// is extracted when a folder on its path is called <c>extracted</c>, curated otherwise.
/// </summary>
public sealed record GraphDataSet(
    IReadOnlyList<(string Path, DataLayer Layer)> Files,
    string? SchemaPath,
    string? ReviewLogPath,
    string? DataRoot)
{
    public const string DefaultRoot = "graph-data";

    public static GraphDataSet Discover(IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        if (paths.Count == 0) paths = [DefaultRoot];
        var files = new List<(string, DataLayer)>();
        string? schema = null, reviews = null, root = null;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var curated = Path.Combine(path, "curated");
                var extracted = Path.Combine(path, "extracted");
                if (Directory.Exists(curated) || Directory.Exists(extracted))
                {
                    root ??= path;
                    files.AddRange(YamlFilesIn(curated).Select(f => (f, DataLayer.Curated)));
                    files.AddRange(YamlFilesIn(extracted).Select(f => (f, DataLayer.Extracted)));
                    schema ??= ExistingFile(Path.Combine(path, "schema.yaml"));
                    reviews ??= ExistingFile(Path.Combine(path, "reviews.yaml"));
                }
                else
                {
                    files.AddRange(YamlFilesIn(path).Select(f => (f, LayerOf(f))));
                }
            }
            else if (File.Exists(path))
            {
                files.Add((path, LayerOf(path)));
            }
            else
            {
                diagnostics.Error(SourcePosition.StartOf(path), "no such file or folder");
            }
        }
        var unique = files.DistinctBy(f => Path.GetFullPath(f.Item1)).ToList();
        return new GraphDataSet(unique, schema, reviews, root);
    }

    public static DataLayer LayerOf(string file) =>
        file.Replace('\\', '/').Split('/').Contains("extracted") ? DataLayer.Extracted : DataLayer.Curated;

    private static string? ExistingFile(string path) => File.Exists(path) ? path : null;

    private static IEnumerable<string> YamlFilesIn(string folder) =>
        !Directory.Exists(folder)
            ? []
            : FolderFiles.Under(folder)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);

    /// <summary>
    /// The curated folder of a data root that <paramref name="path"/> (a file or folder, existing or not) lies in, or null.
    /// People write that folder; no command may (issue 13): <c>--out graph-data/curated</c> would replace a hand-written file.
    /// A folder called <c>curated</c> counts when its parent is a data root: it has <c>extracted/</c>, <c>articles/</c>,
    /// <c>schema.yaml</c> or <c>reviews.yaml</c>, or is called graph-data.
    /// </summary>
    public static string? CuratedFolderOf(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            if (dir.Name != "curated" || dir.Parent is not { } root) continue;
            if (root.Name == DefaultRoot || Directory.Exists(Path.Combine(root.FullName, "extracted"))
                || Directory.Exists(Path.Combine(root.FullName, "articles"))
                || File.Exists(Path.Combine(root.FullName, "schema.yaml")) || File.Exists(Path.Combine(root.FullName, "reviews.yaml")))
                return dir.FullName;
        }
        return null;
    }
}
