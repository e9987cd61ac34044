namespace KGraph.Tests;

/// <summary>
/// The one rule for tests that need a program from outside .NET (Chromium, Graphviz, node, NetworkX):
/// on a developer machine without it they are skipped with the reason; with CI=true they run anyway,
/// so a missing tool fails loudly instead of passing silently.
/// </summary>
internal static class OutsideTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The skip reason for a test needing a tool: null when nothing is <paramref name="missing"/> or under CI=true,
    /// otherwise what is missing and the script that installs it.
    /// </summary>
    public static string? SkipUnlessCi(string? missing, string setupScript) =>
        missing is null || InCi ? null : $"{missing} ({setupScript} installs it); with CI=true this test fails instead";

    /// <summary>The full path of <paramref name="program"/> in a folder on PATH, or null.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
