using KGraph.Model;

namespace KGraph.Cli.Output;

/// <summary>How path and neighbors print entities and relationships with their evidence.</summary>
internal static class EntityText
{
    public static string Name(Entity e) => $"{OneLine(e.Name)} ({e.Id})";

    /// <summary>e.g. "elon-musk FOUNDED openai, 2015-12 – 2018, role co-founder, extracted 0.9".</summary>
    public static void PrintRelationship(TextWriter w, Relationship r, KnowledgeGraph graph, string indent)
    {
        var details = new List<string>();
        if (Dates(r) is { } dates) details.Add(dates);
        if (r.Role is { } role) details.Add("role " + OneLine(role));
        if (r.Status != RelationshipStatus.Reviewed || r.Confidence is not null)
            details.Add(r.Confidence is { } c ? $"{Status(r)} {c.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}" : Status(r));
        w.WriteLine($"{indent}{r.From} {r.Type} {r.To}{(details.Count > 0 ? ", " + string.Join(", ", details) : "")}");
        if (r.Evidence.Count == 0) w.WriteLine($"{indent}  (no evidence recorded)");
        foreach (var e in r.Evidence) w.WriteLine($"{indent}  “{OneLine(e.Quote)}” — {Source(e.Doc, graph)}");
    }

    public static RelationshipJson ToJson(Relationship r, KnowledgeGraph graph) => new(
        r.Id, r.From, r.Type, r.To, r.Start?.ToString(), r.End?.ToString(), r.Role, r.Confidence, Status(r),
        r.Evidence.Select(e => new EvidenceJson(e.Doc, graph.DocumentsById.GetValueOrDefault(e.Doc)?.Title, graph.DocumentsById.GetValueOrDefault(e.Doc)?.Url,
            e.Quote, e.Span.Start, e.Span.End)).ToList());

    private static string? Dates(Relationship r) => (r.Start, r.End) switch
    {
        (null, null) => null,
        ({ } s, null) => s.ToString(),
        (null, { } e) => $"until {e}",
        ({ } s, { } e) => $"{s} – {e}",
    };

    private static string Status(Relationship r) => r.Status.ToString().ToLowerInvariant();

    private static string Source(string docId, KnowledgeGraph graph)
    {
        if (!graph.DocumentsById.TryGetValue(docId, out var doc)) return docId;
        var parts = new List<string> { docId };
        if (doc.Title is { } title) parts.Add(OneLine(title));
        if (doc.Published is { } published) parts.Add(published.ToString());
        if (doc.Url is { } url) parts.Add(url);
        return string.Join(", ", parts);
    }

    /// <summary>Data text on one terminal line: control characters (newlines, escapes) become spaces.</summary>
    public static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}

internal sealed record RelationshipJson(string Id, string From, string Type, string To, string? Start, string? End, string? Role, double? Confidence,
    string Status, IReadOnlyList<EvidenceJson> Evidence);

internal sealed record EvidenceJson(string Doc, string? Title, string? Url, string Quote, int Start, int End);
