namespace KGraph.Visualization.Tests;

/// <summary>Files the tests write for people to look at (diagrams, screenshots), under the test output folder.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = CreateDirectory();

    public static string Path(string fileName) => System.IO.Path.Combine(Directory, fileName);

    private static string CreateDirectory()
    {
        var dir = System.IO.Path.Combine(AppContext.BaseDirectory, "diagram-artifacts");
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}
