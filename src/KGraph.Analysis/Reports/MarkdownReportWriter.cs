using System.Globalization;
using System.Text;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Components;
using KGraph.Model;

namespace KGraph.Analysis.Reports;

/// <summary>Writes <c>analysis.md</c>: top entities per measure, brokers, components, communities with members.</summary>
public static class MarkdownReportWriter
{
    private const int MembersShown = 30;

    public static string Write(AnalysisReport report)
    {
        var md = new StringBuilder();
        var view = report.View;
        md.AppendLine("# Graph analysis").AppendLine();
        md.AppendLine($"- Entities: {view.Entities.Count}; relationships analysed: {view.Relationships.Count}");
        md.AppendLine($"- Filter: {MarkdownText.Escape(view.Filter.Describe())}");
        if (report.ComputedBy is { } engine) md.AppendLine($"- Computed by: {MarkdownText.Escape(engine)}");
        if (view.UnresolvedRelationships > 0) md.AppendLine($"- Left out: {view.UnresolvedRelationships} relationships whose endpoints are not entities");
        md.AppendLine();

        var pr = report.PageRank;
        md.AppendLine("## PageRank").AppendLine();
        md.AppendLine($"Directed view, symmetric relationships both ways; damping {Number(pr.Options.Damping)}, " +
                      $"{(pr.Converged ? "converged" : "NOT converged")} after {pr.Iterations} iterations ({Residual(pr)}tolerance " +
                          $"{Number(pr.Options.Tolerance)}).").AppendLine();
        Ranking(md, report.TopBy(e => e.PageRank), "PageRank", e => Number(e.PageRank));

        var bc = report.Betweenness;
        md.AppendLine("## Betweenness").AppendLine();
        md.AppendLine(bc.Exact
            ? $"Undirected view, exact (Brandes over all {bc.Pivots} entities), normalised to the share of pairs."
            : $"Undirected view, sampled: Brandes from {bc.Pivots} of {view.Entities.Count} entities (seed {bc.Seed}), scaled and normalised to the share of " +
                $"pairs.").AppendLine();
        Ranking(md, report.TopBy(e => e.Betweenness), "Betweenness", e => Number(e.Betweenness));

        md.AppendLine("## Degree").AppendLine();
        md.AppendLine("Relationships touching the entity (in / out on the directed view).").AppendLine();
        Ranking(md, report.TopBy(e => e.Degree), "Degree (in / out)", e => $"{e.Degree} ({e.InDegree} / {e.OutDegree})");

        md.AppendLine("## Brokers").AppendLine();
        md.AppendLine("High betweenness for few ties: betweenness divided by the number of distinct neighbours.").AppendLine();
        if (report.Brokers.Count == 0) md.AppendLine("No entity lies between others.").AppendLine();
        else
        {
            md.AppendLine("| # | Entity | Type | Betweenness | Neighbours | Per neighbour |").AppendLine("|---|---|---|---|---|---|");
            var rank = 1;
            foreach (var b in report.Brokers)
                md.AppendLine($"| {rank++} | {Name(b.Entity)} | {MarkdownText.Escape(b.Entity.Type)} | {Number(b.Betweenness)} | {b.Neighbors} | " +
                    $"{Number(b.Score)} |");
            md.AppendLine();
        }

        md.AppendLine("## Components").AppendLine();
        Partition(md, report, report.Components, "Weakly connected", "Component");
        Partition(md, report, report.StrongComponents, "Strongly connected (directed view)", "Strong component");

        md.AppendLine("## Communities").AppendLine();
        md.AppendLine($"Louvain on the undirected view: modularity {Number(report.Communities.Modularity)} after {report.Communities.Levels} " +
            $"{(report.Communities.Levels == 1 ? "level" : "levels")}.").AppendLine();
        Partition(md, report, report.Communities.Communities, "Communities", "Community");
        return md.ToString();
    }

    private static void Ranking(StringBuilder md, IEnumerable<EntityMeasures> top, string header, Func<EntityMeasures, string> value)
    {
        var rows = top.ToList();
        if (rows.Count == 0)
        {
            md.AppendLine("No entity scores above zero.").AppendLine();
            return;
        }
        md.AppendLine($"| # | Entity | Type | {header} |").AppendLine("|---|---|---|---|");
        for (var i = 0; i < rows.Count; i++) md.AppendLine($"| {i + 1} | {Name(rows[i].Entity)} | {MarkdownText.Escape(rows[i].Entity.Type)} | " +
            $"{value(rows[i])} |");
        md.AppendLine();
    }

    private static void Partition(StringBuilder md, AnalysisReport report, Partition partition, string title, string singular)
    {
        var groups = partition.Members.Where(m => m.Length > 1).ToList();
        var singles = partition.Count - groups.Count;
        md.AppendLine($"{title}: {partition.Count} ({groups.Count} with two or more entities, {singles} single " +
            $"{(singles == 1 ? "entity" : "entities")}).").AppendLine();
        for (var c = 0; c < groups.Count; c++)
        {
            // Members by PageRank, so the most central come first.
            var members = groups[c]
                .Select(v => report.Entities[v])
                .OrderByDescending(e => e.PageRank).ThenBy(e => e.Entity.Id, StringComparer.Ordinal)
                .ToList();
            var shown = string.Join(", ", members.Take(MembersShown).Select(e => Name(e.Entity)));
            var more = members.Count > MembersShown ? $", and {members.Count - MembersShown} more" : "";
            md.AppendLine($"- {singular} {c + 1} ({members.Count}): {shown}{more}");
        }
        if (groups.Count > 0) md.AppendLine();
    }

    // A database reports whether PageRank converged but not its last change (NaN then).
    private static string Residual(PageRankResult pr) => double.IsFinite(pr.Residual) ? $"L1 change {Number(pr.Residual)}, " : "";

    private static string Name(Entity entity) => $"{MarkdownText.Escape(entity.Name)} (`{entity.Id.Replace("`", "'", StringComparison.Ordinal)}`)";

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture) switch
    {
        "0" when value != 0 => value.ToString("0.###e0", CultureInfo.InvariantCulture),
        var text => text,
    };
}
