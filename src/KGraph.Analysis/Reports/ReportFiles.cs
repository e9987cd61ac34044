using KGraph.Store;

namespace KGraph.Analysis.Reports;

/// <summary>Writes the report pair into a folder, each file replaced atomically.</summary>
public static class ReportFiles
{
    public const string MarkdownName = "analysis.md";
    public const string JsonName = "analysis.json";

    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(AnalysisReport report, string folder)
    {
        var markdown = Path.Combine(folder, MarkdownName);
        var json = Path.Combine(folder, JsonName);
        AtomicFile.WriteAllText(markdown, MarkdownReportWriter.Write(report));
        using var staged = new StagedFile(json);
        JsonReportWriter.Write(report, staged.Stream);
        staged.Commit();
        return [markdown, json];
    }
}
