namespace KGraph.Tests;

/// <summary>Files of this repository (graph-data, schema, visualizations), found above the test output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("KGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
