using System.Globalization;
using KGraph.Analysis.Reports;

namespace KGraph.Cli.Output;

/// <summary>What <c>kgraph analyze</c> shows a person at a terminal: the most central entities and how the graph falls apart.</summary>
internal static class AnalysisSummary
{
    private const int Shown = 5;

    public static void Print(AnalysisReport report, TextWriter w)
    {
        var top = report.TopBy(e => e.PageRank).Take(Shown).ToList();
        w.WriteLine($"{report.View.Entities.Count} entities, {report.View.Relationships.Count} relationships: " +
            $"{Count(report.Communities.Communities.Count, "community", "communities")}, {Count(report.Components.Count, "component", "components")}");
        if (top.Count == 0) return;
        w.WriteLine("top by PageRank:");
        for (var i = 0; i < top.Count; i++)
            w.WriteLine($"  {i + 1}. {EntityText.Name(top[i].Entity)} {top[i].PageRank.ToString("0.000", CultureInfo.InvariantCulture)}");
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
